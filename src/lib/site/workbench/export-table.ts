// The drafting table as it is downloaded (Word, Excel, CSV): one row per indicator, figures with
// region and year, and a 资料来源 column numbering each cited figure's citation and address.
import { formatNumber } from '../target-text.ts';
import { assess } from './assess.ts';
import type { Figure } from './figure.ts';
import type { DraftRow } from './rows.ts';

export const DRAFT_HEADERS = [
  '指标',
  '单位',
  '方向',
  '拟定值',
  '拟定值定位',
  '本地上期目标',
  '上级目标',
  '同类地区目标',
  '同类地区区间',
  '同类地区中位数',
  '设定地区数',
  '资料来源',
];

const LEVEL = { province: '省级', national: '国家' } as const;

/** "乙县：≤12/10万（2025年，约束性）[2]" — the number in brackets points into 资料来源. */
function figureText(f: Figure, n: number): string {
  const when = [f.year !== null ? `${f.year}年` : null, f.attribute].filter(Boolean).join('，');
  return `${f.region}：${f.shown}${when ? `（${when}）` : ''}[${n}]`;
}

export interface DraftTable {
  headers: string[];
  /** Cells are text; a cell of several lines separates them with "\n". */
  rows: string[][];
}

/** `link` turns a site path into the address written in 资料来源 (absolute in the browser). */
export function draftTable(
  rows: readonly DraftRow[],
  proposals: ReadonlyMap<string, number>,
  link: (href: string) => string,
): DraftTable {
  return {
    headers: DRAFT_HEADERS,
    rows: rows.map((row) => {
      const sources: string[] = [];
      const cite = (f: Figure | null, extra = '') => {
        if (!f) return '—';
        sources.push(`[${sources.length + 1}] ${f.citation} ${f.reference} ${link(f.href)}`.trim());
        return `${figureText(f, sources.length)}${extra}`;
      };
      const value = proposals.get(row.indicator.id);
      const a = value === undefined ? null : assess(row, value);
      const s = row.summary;
      const excluded = new Map(s.excluded.map((e) => [e.plan, e.reason]));
      const previous = cite(row.previous);
      const higher = row.higher ? `${LEVEL[row.higher.level]} ${cite(row.higher)}` : '—';
      const peers = row.peers.flatMap((f) => {
        if (!f) return [];
        const why = excluded.get(f.plan);
        return [cite(f, why ? `（不可比：${why}）` : '')];
      });
      const range =
        s.min === null
          ? '无可比目标'
          : s.min === s.max
            ? formatNumber(s.min)
            : `${formatNumber(s.min)}—${formatNumber(s.max!)}`;
      return [
        row.indicator.name,
        row.unit ?? '',
        row.indicator.better === 'higher' ? '越高越积极' : '越低越积极',
        value === undefined ? '' : formatNumber(value),
        a ? [a.rank, a.higher, a.previous].filter(Boolean).join('\n') : '',
        previous,
        higher,
        peers.join('\n'),
        range,
        s.median === null ? '—' : formatNumber(s.median),
        `${s.set}（可比 ${s.comparable.length}）`,
        sources.join('\n'),
      ];
    }),
  };
}
