// The drafting table: key columns first (indicator, proposal, peers' median) so a phone shows them.
import type { CatalogPlan, PlanShard } from '../../lib/site/shards/types.ts';
import type { DraftRow } from '../../lib/site/workbench/rows.ts';
import { el, link, small } from '../compare/dom.ts';
import { figureCell, higherCell, medianCell } from './cells.ts';
import { proposeCell } from './propose.ts';

const period = (p: Pick<CatalogPlan, 'period'>) => `${p.period[0]}—${p.period[1]}`;

export function renderTable(
  table: HTMLTableElement,
  rows: readonly DraftRow[],
  peers: readonly PlanShard[],
  previous: PlanShard | null,
  indicatorBase: string,
): void {
  const col = (...children: (Node | string | null)[]) => el('th', { scope: 'col' }, ...children);
  const head = el(
    'tr',
    {},
    col('指标'),
    col('拟定值'),
    col('同类地区中位数'),
    col(
      '本地上期目标',
      previous ? small(`${previous.plan.region}（${period(previous.plan)}）`, 'wb-note small muted') : null,
    ),
    col('上级目标'),
    ...peers.map((s) =>
      el(
        'th',
        { scope: 'col', 'data-plan': s.plan.id },
        link(s.plan.href, s.plan.region),
        small(period(s.plan), 'wb-note small muted'),
      ),
    ),
  );
  const body = el('tbody') as HTMLTableSectionElement;
  for (const row of rows) {
    const excluded = new Map(row.summary.excluded.map((e) => [e.plan, e.reason]));
    body.append(
      el(
        'tr',
        { 'data-indicator': row.indicator.id, 'data-better': row.indicator.better },
        el(
          'th',
          { scope: 'row' },
          link(`${indicatorBase}${encodeURIComponent(row.indicator.id)}/`, row.indicator.name),
          small(
            `${row.unit ?? '无单位'} · ${row.indicator.better === 'higher' ? '越高越积极' : '越低越积极'}`,
            'wb-note small muted',
          ),
        ),
        proposeCell(row),
        medianCell(row),
        figureCell(row.previous),
        higherCell(row.higher),
        ...row.peers.map((f) => figureCell(f, f ? excluded.get(f.plan) : undefined)),
      ),
    );
  }
  table.tHead?.replaceChildren(head);
  table.tBodies[0]?.replaceWith(body);
}
