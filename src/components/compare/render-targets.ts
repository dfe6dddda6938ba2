// The targets table for the chosen plans: one row per canonical indicator any of them sets, the
// most ambitious comparable target of each year marked among the chosen plans only.
import { bestOfYear } from '../../lib/site/measure/ambition.ts';
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import { targetHref } from '../../lib/site/shards/rows.ts';
import type { PlanShard, ShardPlan, ShardTarget } from '../../lib/site/shards/types.ts';
import { citeControl } from '../../lib/search/client/cite.ts';
import { el, link, small } from './dom.ts';

function cell(t: ShardTarget | undefined, best: boolean, plan: ShardPlan): HTMLElement {
  if (!t) return el('td', { 'data-plan': plan.id, class: 'num' }, small('—', 'muted'));
  const td = el(
    'td',
    { 'data-plan': plan.id, 'data-has': '1', class: best ? 'num is-best' : 'num' },
    link(targetHref(plan, t), t.shown),
    t.year !== null ? small(`${t.year}年`) : null,
    best ? el('span', { class: 'tag best' }, '最积极') : null,
  );
  const notes: (string | HTMLElement)[] = [];
  if (t.attribute) notes.push(t.attribute);
  if (t.baseline) notes.push(`基期 ${t.baseline}`);
  if (notes.length > 0) td.append(el('span', { class: 'cell-note small muted' }, notes.join(' · ')));
  if (t.higher)
    td.append(
      el(
        'span',
        { class: 'cell-note small' },
        `${t.higher.level === 'national' ? '国家' : '省级'}目标（${t.higher.region}）`,
        link(t.higher.href, t.higher.shown),
      ),
    );
  if (t.reason)
    td.append(el('span', { class: 'cell-note small' }, el('span', { class: 'tag warn' }, '不可比'), t.reason));
  if (t.conflict)
    td.append(el('span', { class: 'cell-note small' }, el('span', { class: 'tag warn' }, '表述不一'), t.conflict));
  if (t.others > 0) td.append(el('span', { class: 'cell-note small muted no-copy' }, `另有 ${t.others} 项，见指标页`));
  // 复制引用 reads the citation from the plan page, as search results do; a copied table leaves it out
  td.append(el('span', { class: 'no-copy' }, citeControl(plan.href, t.record, `${plan.region}${t.name}`)));
  return td;
}

export function renderTargets(table: HTMLTableElement, index: CatalogIndex, shards: readonly PlanShard[]): number {
  const head = el('tr', {}, el('th', { scope: 'col' }, '指标'));
  for (const s of shards)
    head.append(el('th', { scope: 'col', 'data-plan': s.plan.id }, link(s.plan.href, s.plan.region)));
  const byIndicator = shards.map((s) => new Map(s.targets.map((t) => [t.indicator, t])));
  const body = el('tbody') as HTMLTableSectionElement;
  for (const indicator of index.indicators) {
    const mine = byIndicator.map((m) => m.get(indicator.id));
    if (mine.every((t) => t === undefined)) continue;
    const best = bestOfYear(
      mine.map((t) => t?.rank ?? null),
      indicator.better,
    );
    const row = el(
      'tr',
      { 'data-better': indicator.better },
      el(
        'th',
        { scope: 'row' },
        link(`${index.indicatorBase}${encodeURIComponent(indicator.id)}/`, indicator.name),
        small(
          `${mine.find((t) => t?.unit)?.unit ?? indicator.unit ?? '无单位'} · ${indicator.better === 'higher' ? '越高越积极' : '越低越积极'}`,
          'small muted unit',
        ),
      ),
    );
    mine.forEach((t, i) => row.append(cell(t, best[i]!, shards[i]!.plan)));
    body.append(row);
  }
  table.tHead?.replaceChildren(head);
  table.tBodies[0]?.replaceWith(body);
  return body.rows.length;
}
