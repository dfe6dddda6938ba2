// The tasks of the chosen plans side by side, one row per topic (a task with two topics is in both).
import type { CatalogIndex } from '../../lib/site/shards/catalog-index.ts';
import { taskHref } from '../../lib/site/shards/rows.ts';
import type { PlanShard } from '../../lib/site/shards/types.ts';
import { el, link } from './dom.ts';

export function renderTasks(table: HTMLTableElement, index: CatalogIndex, shards: readonly PlanShard[]): number {
  const head = el('tr', {}, el('th', { scope: 'col' }, '主题'));
  for (const s of shards) head.append(el('th', { scope: 'col', 'data-plan': s.plan.id }, s.plan.region));
  const body = el('tbody') as HTMLTableSectionElement;
  const rows = [...index.topics, { id: '', name: '未归类' }];
  for (const topic of rows) {
    const has = (topics: readonly string[]) => (topic.id === '' ? topics.length === 0 : topics.includes(topic.id));
    const cells = shards.map((s) => s.tasks.filter((t) => has(t.topics)));
    if (cells.every((c) => c.length === 0)) continue;
    const row = el('tr', {}, el('th', { scope: 'row' }, topic.name));
    cells.forEach((tasks, i) => {
      const list = el('ul', { class: 'plain' });
      for (const t of tasks) list.append(el('li', {}, link(taskHref(shards[i]!.plan, t), t.title)));
      row.append(
        el('td', { 'data-plan': shards[i]!.plan.id }, tasks.length > 0 ? list : el('span', { class: 'muted' }, '—')),
      );
    });
    body.append(row);
  }
  table.tHead?.replaceChildren(head);
  table.tBodies[0]?.replaceWith(body);
  return body.rows.length;
}
