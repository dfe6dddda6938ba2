import type { Op } from '../../types.ts';

export interface Ranked {
  year: number;
  value: number;
  op: Op | null;
}

/** A peer's target as the summary sees it: ranked when comparable, else the reason it is not. */
export interface PeerFigure {
  plan: string;
  rank: Ranked | null;
  reason: string | null;
}

export interface PeerSummary {
  /** Peers that set the indicator at all. */
  set: number;
  /** Those comparable with the target year being drafted. */
  comparable: (PeerFigure & { rank: Ranked })[];
  excluded: { plan: string; reason: string }[];
  min: number | null;
  max: number | null;
  median: number | null;
}

// Sums of decimals ("5.8 + 6.5") carry binary noise a reader would see as 6.1499999….
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : tidy((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Why a peer's target stays out of the range and median for the year being drafted. */
export function exclusion(f: PeerFigure, year: number): string | null {
  if (f.rank === null) return f.reason ?? '不可比';
  if (f.rank.year !== year) return `目标年为${f.rank.year}年，起草的是${year}年`;
  return null;
}

/**
 * Range and median over the peers' targets that can be compared: a value in the indicator's
 * comparison unit and the year being drafted. The others are listed with their reason.
 */
export function peerSummary(figures: readonly (PeerFigure | null)[], year: number): PeerSummary {
  const set = figures.filter((f): f is PeerFigure => f !== null);
  const comparable = set.filter((f): f is PeerFigure & { rank: Ranked } => exclusion(f, year) === null);
  const values = comparable.map((f) => f.rank.value);
  return {
    set: set.length,
    comparable,
    excluded: set.flatMap((f) => {
      const reason = exclusion(f, year);
      return reason === null ? [] : [{ plan: f.plan, reason }];
    }),
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    median: median(values),
  };
}
