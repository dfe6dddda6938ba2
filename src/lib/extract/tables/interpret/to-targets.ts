import type { GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import type { TargetDraft } from '../../targets/draft.ts';
import type { Column, Table, TableRow } from '../model.ts';
import { halfWidthDigits, isNoValue, readCell } from './cell-value.ts';
import { fold } from './roles.ts';
import { nameAndUnit, type NameUnit } from './row-name.ts';

/**
 * One target per row and target column (a qualitative cell is a target without a number, a
 * "no value" cell none); the baseline, the higher level's column and the attribute fill the
 * same record. A target column without a year is for the plan's end year.
 */
export function tableTargets(table: Table, periodEnd: number, rules: Rules): TargetDraft[] {
  const out: TargetDraft[] = [];
  const { columns } = table;
  const baseIndex = columns.findIndex((c) => c.role === 'baseline');
  const nameIndex = columns.findIndex((c) => c.role === 'name');
  let prev: NameUnit | null = null;
  for (const row of table.rows) {
    const nu = nameAndUnit(row, columns, prev, rules);
    if (!/^其中[:：]/u.test(fold(row.cells[nameIndex]!.text))) prev = nu;
    const nameCell = row.cells[nameIndex]!;
    const baseCell = baseIndex >= 0 ? row.cells[baseIndex] : null;
    const base = baseCell && !isNoValue(baseCell.text, rules) ? readCell(baseCell.text, nu.unit) : null;
    const attrText = fold(cellOf(row, columns, 'attribute')?.text ?? '');
    const attribute = attrText.includes('约束') ? '约束性' : attrText.includes('预期') ? '预期性' : null;
    columns.forEach((col, k) => {
      if (col.role !== 'target') return;
      const cell = row.cells[k];
      if (!cell || isNoValue(cell.text, rules)) return;
      let parsed = readCell(cell.text, nu.unit);
      // a number's own unit ("≤10/10万") stands in for a missing unit column, not for a lost one
      const unit = nu.unit ?? (nu.lost || !/number|range/u.test(parsed.kind) ? null : unitInValue(cell.text, rules));
      if (unit !== nu.unit) parsed = readCell(cell.text, unit);
      const year = col.year ?? periodEnd;
      const parent = parentCell(row, columns, year, periodEnd);
      out.push({
        source: 'table',
        name: nu.name,
        unit,
        year,
        op: parsed.op,
        value: parsed.value,
        valueText: cell.text,
        baselineYear: base && base.kind !== 'missing' ? (columns[baseIndex]!.year ?? null) : null,
        baselineValue: base?.kind === 'number' ? base.value : null,
        parentValue: parent && !isNoValue(parent.text, rules) ? fold(parent.text) : null,
        attribute,
        category: row.category,
        start: Math.min(nameCell.start, cell.start),
        end: Math.max(nameCell.end, cell.end),
        repairs: [...nu.repairs, ...(base?.repairs ?? []), ...parsed.repairs],
        warnings: [
          ...nu.warnings,
          ...(base?.kind === 'multiple' ? ['multiple-values: the baseline cell holds several values'] : []),
          ...(parsed.kind === 'multiple' ? ['multiple-values: the target cell holds several values'] : []),
        ],
      });
    });
  }
  return out;
}

/** The unit a value cell carries after its number ("≤10/10万", "80%以上") when no column gives one. */
function unitInValue(text: string, rules: Rules): string | null {
  const m = /^\D*\d+(?:\.\d+)?(.*)$/u.exec(halfWidthDigits(fold(text)));
  const rest = (m?.[1] ?? '').replace(/(?:及以上|及以下|以上|以下|以内|左右)$/u, '');
  return rest !== '' && rules.measureWords.includes(rest) ? rest : null;
}

const cellOf = (row: TableRow, columns: readonly Column[], role: string): GridCell | null =>
  row.cells[columns.findIndex((c) => c.role === role)] ?? null;

function parentCell(row: TableRow, columns: readonly Column[], year: number, periodEnd: number): GridCell | null {
  const k = columns.findIndex((c) => c.role === 'parent' && (c.year ?? periodEnd) === year);
  const any = k >= 0 ? k : columns.findIndex((c) => c.role === 'parent' && c.year === null);
  return any >= 0 ? (row.cells[any] ?? null) : null;
}
