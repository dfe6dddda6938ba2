// How the workbench says where a proposed value stands, in the words of a drafting note.
import type { Ambition, PeerRank, Position } from './standing.ts';

export function rankWords(r: PeerRank): string {
  if (r.of === 1) return '无可比的同类地区目标';
  const tie = r.tied > 0 ? `，与 ${r.tied} 地并列` : '';
  return `在 ${r.of} 个目标中居第 ${r.rank} 位（1 为最积极${tie}）`;
}

const POSITION: Record<Position, string> = { above: '高于', equal: '等于', below: '低于' };

export function higherWords(p: Position, a: Ambition): string {
  if (a === 'same') return '与上级目标持平';
  return `${POSITION[p]}上级目标，${a === 'more' ? '比上级更积极' : '未达上级要求'}`;
}

export function previousWords(a: Ambition): string {
  return a === 'more' ? '比上期目标更积极' : a === 'same' ? '与上期目标同样积极' : '不及上期目标积极';
}
