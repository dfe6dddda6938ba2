// Cells of the drafting table: each figure links to its passage and opens its citation on demand.
import { formatNumber } from '../../lib/site/target-text.ts';
import type { Figure, HigherFigure } from '../../lib/site/workbench/figure.ts';
import type { DraftRow } from '../../lib/site/workbench/rows.ts';
import { el, link, small } from '../compare/dom.ts';

const LEVEL = { province: '省级', national: '国家' } as const;

function citeToggle(f: Figure): HTMLElement {
  return el(
    'details',
    { class: 'wb-cite' },
    el('summary', {}, '引用'),
    el('span', { class: 'wb-cite-text' }, f.citation),
    el('span', { class: 'wb-cite-text muted' }, f.reference),
  );
}

export function figureCell(f: Figure | null, notComparable?: string, label?: string): HTMLElement {
  if (!f) return el('td', { class: 'num' }, small('—', 'muted'));
  const when = [f.year !== null ? `${f.year}年` : null, f.attribute].filter(Boolean).join(' · ');
  return el(
    'td',
    { class: 'num', 'data-plan': f.plan, 'data-has': '1' },
    label ? el('span', { class: 'wb-note small muted' }, label) : null,
    link(f.href, f.shown),
    when ? el('span', { class: 'wb-note small muted' }, when) : null,
    notComparable
      ? el('span', { class: 'wb-note small' }, el('span', { class: 'tag warn' }, '不可比'), notComparable)
      : null,
    citeToggle(f),
  );
}

export const higherCell = (f: HigherFigure | null) =>
  figureCell(f, undefined, f ? `${LEVEL[f.level]}：${f.region}` : '');

/** The peers' median, range and count: what the drafter reads first after their own value. */
export function medianCell(row: DraftRow): HTMLElement {
  const s = row.summary;
  const unit = row.unit ?? '';
  const count = small(`${s.set} 地设定，可比 ${s.comparable.length}`, 'wb-note small muted');
  if (s.median === null)
    return el('td', { class: 'num wb-median' }, el('span', { class: 'tag warn' }, '无可比目标'), count);
  const range = s.min === s.max ? '' : `区间 ${formatNumber(s.min!)}—${formatNumber(s.max!)}`;
  return el(
    'td',
    { class: 'num wb-median' },
    el('strong', { class: 'wb-median-value' }, `${formatNumber(s.median)}${unit}`),
    range ? el('span', { class: 'wb-note small muted' }, range) : null,
    count,
  );
}
