import type { ChartItem } from './chart.ts';
import { spreads, type Spread } from './distribution.ts';
import { formatTarget, LEVEL_NAMES } from './format.ts';
import { byChinese } from './group.ts';
import type { IndicatorPages } from './indicator-pages.ts';
import { paths } from './paths.ts';
import { provinceName } from './shards/catalog.ts';

/** A year with few targets is drawn bar by bar; past this, as spreads by level and by province. */
export const BAR_LIMIT = 40;

export type YearChart =
  | { year: number; kind: 'bars'; items: ChartItem[] }
  | { year: number; kind: 'spreads'; byLevel: Spread[]; byProvince: Spread[] };

const LEVEL_ORDER = Object.values(LEVEL_NAMES);

/** The drawings of an indicator's page: one per target year with at least two comparable targets. */
export function indicatorCharts(pages: IndicatorPages): YearChart[] {
  const partOf = new Map(pages.parts.filter((p) => p.page === 1).map((p) => [p.province, p.key]));
  return pages.view.years
    .filter((y) => y.rows.length >= 2)
    .map((y) => {
      if (y.rows.length <= BAR_LIMIT)
        return {
          year: y.year,
          kind: 'bars',
          items: y.rows.map((r) => ({
            label: r.plan.region,
            value: r.record.value ?? 0,
            valueLabel: formatTarget(r.record),
            href: paths.record(r.plan.id, r.record.id),
          })),
        };
      const value = (r: (typeof y.rows)[number]) => r.record.value ?? 0;
      const byProvince = spreads(y.rows, (r) => provinceName(r.plan), value, byChinese).map((s) => {
        const key = pages.split ? partOf.get(s.label) : undefined;
        return { ...s, href: key ? paths.indicatorPart(pages.id, key) : undefined };
      });
      const byLevel = spreads(
        y.rows,
        (r) => LEVEL_NAMES[r.plan.level],
        value,
        (a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b),
      );
      return { year: y.year, kind: 'spreads', byLevel, byProvince };
    });
}
