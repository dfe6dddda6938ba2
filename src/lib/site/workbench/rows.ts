import type { CompareIndicator } from '../compare.ts';
import type { PlanShard, ShardTarget } from '../shards/types.ts';
import { higherFigure, targetFigure, type Figure, type HigherFigure } from './figure.ts';
import { peerSummary, type PeerSummary } from './stats.ts';

export interface DraftRow {
  indicator: CompareIndicator;
  /** The unit the comparable figures (and the proposal) are in. */
  unit: string | null;
  previous: Figure | null;
  higher: HigherFigure | null;
  peers: (Figure | null)[];
  summary: PeerSummary;
}

export interface DraftInput {
  indicators: readonly CompareIndicator[];
  headers: readonly string[];
  year: number;
  /** The drafting region's plan in the library for the year, whose targets carry 上级目标. */
  own: PlanShard | null;
  previous: PlanShard | null;
  /** Province and national plans covering the year, nearest first, for regions without `own`. */
  highers: readonly PlanShard[];
  peers: readonly PlanShard[];
}

const byIndicator = (s: PlanShard) => new Map(s.targets.map((t) => [t.indicator, t]));
const figure = (s: PlanShard, t: ShardTarget | undefined, headers: readonly string[]) =>
  t ? targetFigure(s.plan, t, headers) : null;

function higherOf(input: DraftInput, indicator: string, maps: Map<string, ShardTarget>[]): HigherFigure | null {
  const own = input.own && maps[0]!.get(indicator);
  if (own?.higher && own.higher.year === input.year) return higherFigure(own.higher);
  for (const [i, s] of input.highers.entries()) {
    const t = maps[i + 1]!.get(indicator);
    if (t && t.year === input.year) {
      const level = s.plan.level === 'national' ? 'national' : 'province';
      return { ...targetFigure(s.plan, t, input.headers), level };
    }
  }
  return null;
}

/** One row per canonical indicator some peer sets, in the catalogue's order. */
export function draftRows(input: DraftInput): DraftRow[] {
  const peerMaps = input.peers.map(byIndicator);
  const higherMaps = [
    input.own ? byIndicator(input.own) : new Map<string, ShardTarget>(),
    ...input.highers.map(byIndicator),
  ];
  const previous = input.previous ? byIndicator(input.previous) : null;
  return input.indicators.flatMap((indicator) => {
    const mine = peerMaps.map((m) => m.get(indicator.id));
    if (mine.every((t) => t === undefined)) return [];
    const peers = mine.map((t, i) => figure(input.peers[i]!, t, input.headers));
    const unit = mine.find((t) => t?.unit)?.unit ?? indicator.unit;
    return [
      {
        indicator,
        unit,
        previous: input.previous && figure(input.previous, previous?.get(indicator.id), input.headers),
        higher: higherOf(input, indicator.id, higherMaps),
        peers,
        summary: peerSummary(peers, input.year),
      },
    ];
  });
}
