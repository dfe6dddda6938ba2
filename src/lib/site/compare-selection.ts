import type { CompareData, CompareTarget } from './compare-data.ts';
import { bestOfYear } from './measure/ambition.ts';
import { withoutRepeatedColumns, type TableData } from './tables/table.ts';
import type { Sheet } from './tables/xlsx/workbook.ts';
import { byId } from './data/index-by.ts';
import { groupBy } from './group.ts';

/** Marks, among the chosen plans only, the most ambitious target of each indicator and year. */
function marked(targets: readonly CompareTarget[]): { target: CompareTarget; best: boolean }[] {
  return [...groupBy(targets, (t) => t.indicator).values()].flatMap((list) => {
    const best = bestOfYear(
      list.map((t) => t.rank),
      list[0]!.better,
    );
    return list.map((target, i) => ({ target, best: best[i]! }));
  });
}

export interface SelectionTables {
  targets: TableData;
  tasks: TableData;
  /** Indicator by indicator, one column per chosen region: the comparison as the page shows it. */
  grid: Sheet;
}

/** The downloads of a comparison for the plans a reader chose, in the order of `chosen`. */
export function selectionTables(data: CompareData, chosen: readonly string[]): SelectionTables {
  const regions = chosen.map((id) => byId(data.plans, id)?.region ?? id);
  const rows = marked(data.targets.filter((t) => chosen.includes(t.plan)));
  const title = `地区对比：${regions.join('、')}`;
  const targets: TableData = {
    title: `${title}（目标）`,
    ...withoutRepeatedColumns(
      ['标准指标', '比较单位', '可比', '不可比原因', '所选地区中最积极', ...data.targetHeaders],
      rows.map(({ target: t, best }) => [
        t.name,
        t.unit,
        t.rank ? '是' : '不可比',
        t.reason,
        best ? '是' : null,
        ...t.cells,
      ]),
    ),
    notes: data.notes,
  };
  const indicators = [...new Map(rows.map((r) => [r.target.indicator, r.target])).values()];
  const grid: Sheet = {
    name: '对照',
    headers: ['标准指标', '比较单位', '方向', ...regions],
    rows: indicators.map((ind) => [
      ind.name,
      ind.unit,
      ind.better === 'higher' ? '越高越积极' : '越低越积极',
      ...chosen.map((plan) => {
        const hit = rows.find((r) => r.target.indicator === ind.indicator && r.target.plan === plan);
        return hit
          ? `${hit.target.shown}${hit.target.rank ? `（${hit.target.rank.year}年）` : '（不可比）'}${hit.best ? ' 最积极' : ''}`
          : null;
      }),
    ]),
  };
  const tasks: TableData = {
    title: `${title}（任务）`,
    headers: data.taskHeaders,
    rows: data.tasks.filter((t) => chosen.includes(t.plan)).map((t) => t.cells),
    notes: data.notes,
  };
  return { targets, tasks, grid };
}
