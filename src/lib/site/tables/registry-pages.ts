import type { SiteData } from '../data/site-data.ts';
import { indicatorPages } from '../indicator-pages.ts';
import { viewRows } from '../indicator-view.ts';
import type { RowContext } from './context.ts';
import { commonNotes } from './notes.ts';
import { lazyTable, type Named } from './registry-records.ts';
import { RANKED_HEADERS, rankedRow } from './target-rows.ts';

export const AMBITION_NOTE =
  '排序只在目标年相同、单位可比的目标之间进行：数值更积极者在前；数值相同时，“高于/低于”严格界限在前，“达到/不低于/不高于”其次，“左右”最后。';

export function pageTables(data: SiteData, ctx: RowContext): Named[] {
  const notes = commonNotes(ctx.accessed);
  const indicators = indicatorPages(data).map(({ summary: s, view }) =>
    lazyTable(`indicator-${s.id}`, () => ({
      title: `${s.name}：各地目标`,
      headers: RANKED_HEADERS,
      rows: viewRows(view).map((r) => rankedRow(ctx, r, view.unit)),
      notes: [AMBITION_NOTE, ...notes],
    })),
  );
  return indicators;
}
