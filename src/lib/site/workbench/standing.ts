import { compareAmbition, type Better } from '../measure/ambition.ts';
import type { Op } from '../../types.ts';

interface Firm {
  value: number;
  op: Op | null;
}

/** A proposed value is a plain attainment target ("达到 x"). */
const proposal = (value: number): Firm => ({ value, op: null });

export interface PeerRank {
  /** 1 is the most ambitious; a tie shares the better place. */
  rank: number;
  /** The proposal and the comparable peers. */
  of: number;
  /** Peers exactly as ambitious as the proposal. */
  tied: number;
}

/** Where a proposed value would stand among the peers' comparable targets, by the indicator's direction. */
export function rankAmong(value: number, peers: readonly Firm[], better: Better): PeerRank {
  const own = proposal(value);
  const order = peers.map((p) => compareAmbition(p, own, better));
  return {
    rank: 1 + order.filter((c) => c < 0).length,
    of: peers.length + 1,
    tied: order.filter((c) => c === 0).length,
  };
}

export type Ambition = 'more' | 'same' | 'less';

/** Whether the proposal commits to more than another target (the last plan's, the level above's). */
export function ambitionVersus(value: number, other: Firm, better: Better): Ambition {
  const c = compareAmbition(proposal(value), other, better);
  return c < 0 ? 'more' : c > 0 ? 'less' : 'same';
}

export type Position = 'above' | 'equal' | 'below';

/** Plainly above or below another figure, whichever way the indicator points. */
export function position(value: number, other: number): Position {
  return value > other ? 'above' : value < other ? 'below' : 'equal';
}
