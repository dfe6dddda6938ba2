// The sentences around the drafting table: how the peers were found, and what the table is of
// (shown above it, and written into the exports' notes).
import { LEVEL_NAMES } from '../format.ts';
import type { CatalogPlan } from '../shards/types.ts';
import type { Drafting } from './peers.ts';

export function peerHint(d: Drafting, year: number, chosen: boolean, suggested: { ids: string[]; widened: boolean }) {
  const level = LEVEL_NAMES[d.level];
  if (chosen) return '已按您的选择列出同类地区。';
  if (suggested.ids.length === 0) return `${d.province}暂无目标年为${year}年的其他规划，请在下方选择同类地区。`;
  return suggested.widened
    ? `${d.province}没有目标年为${year}年的其他${level}规划，已建议同省其他地区，可增减。`
    : `已建议${d.province}目标年为${year}年的其他${level}规划，可增减。`;
}

type Named = Pick<CatalogPlan, 'region' | 'title' | 'period'>;

/** What the table is of: region and year, the last plan it is set against, the peers. */
export function draftContext(d: Drafting, year: number, previous: Named | null, peers: readonly Named[]): string[] {
  const last = previous ? `${previous.title ?? previous.region}（${previous.period.join('—')}）` : '库中没有';
  return [
    `起草地区：${d.region}（${d.province}，${LEVEL_NAMES[d.level]}）；目标年：${year}年。`,
    `本地上期规划：${last}。`,
    `同类地区：${peers.map((p) => p.region).join('、') || '无'}。`,
  ];
}
