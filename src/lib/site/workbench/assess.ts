import type { DraftRow } from './rows.ts';
import { ambitionVersus, position, rankAmong } from './standing.ts';
import { higherWords, previousWords, rankWords } from './words.ts';

/** Where a proposed value stands on its row, each in words (null where there is nothing to compare). */
export interface Assessment {
  rank: string;
  higher: string | null;
  previous: string | null;
}

/** Reads a typed value: full-width digits and a comma decimal are accepted, anything else is no value. */
export function parseProposal(text: string): number | null {
  const ascii = text.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(',', '.');
  const t = ascii.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/u.test(t)) return null;
  return Number(t);
}

export function assess(row: DraftRow, value: number): Assessment {
  const better = row.indicator.better;
  const higher = row.higher?.rank ?? null;
  const previous = row.previous?.rank ?? null;
  return {
    rank: rankWords(
      rankAmong(
        value,
        row.summary.comparable.map((p) => p.rank),
        better,
      ),
    ),
    higher: higher && higherWords(position(value, higher.value), ambitionVersus(value, higher, better)),
    previous: previous && previousWords(ambitionVersus(value, previous, better)),
  };
}
