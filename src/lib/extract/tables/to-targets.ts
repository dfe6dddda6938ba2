import type { Attribute } from '../../types.ts';
import type { TargetDraft } from '../targets/draft.ts';
import { splitNameUnit } from '../util/name-unit.ts';
import { parseValue } from '../util/value.ts';
import type { Table } from './model.ts';
import { cellText } from './rows.ts';

const PERMILLE_DAMAGE = /^%[。o]$/u;

/** One target per row and target-year column; baseline and higher-level columns fill the same record. */
export function tableTargets(table: Table, periodEnd: number): TargetDraft[] {
  const out: TargetDraft[] = [];
  let prev: { name: string; unit: string | null } | null = null;
  for (const row of table.rows) {
    const warnings: string[] = [];
    const repairs: string[] = [];
    const raw = cellText(row.name);
    const split = splitNameUnit(raw);
    let { name, unit } = split;
    const { unitLost } = split;
    if (/^其中[:：]/u.test(name) && prev) {
      // a sub-row ("其中:基层医疗卫生机构") narrows the row above and shares its unit
      name = `${prev.name}(${name})`;
      unit = prev.unit;
    } else {
      prev = { name, unit };
    }
    if (unit && PERMILLE_DAMAGE.test(unit)) {
      repairs.push(`repair-permille: unit "${unit}" read as ‰`);
      unit = '‰';
    }
    if (unitLost) warnings.push('unit-lost: the unit parenthetical is empty in the source');
    const baseIndex = table.columns.findIndex((c) => c.role === 'baseline');
    const baseCell = baseIndex >= 0 ? row.values[baseIndex] : null;
    const base = baseCell ? parseValue(baseCell.text, unit) : null;
    const attribute = row.attribute ? (cellText(row.attribute) as Attribute) : null;
    table.columns.forEach((col, k) => {
      const cell = row.values[k];
      if (col.role !== 'target') return;
      if (!cell) {
        warnings.push(`missing-cell: no value for ${col.header}`);
        return;
      }
      const parsed = parseValue(cell.text, unit);
      if (parsed.kind === 'missing') return;
      const parentCol = table.columns.findIndex((c) => c.role === 'parent' && (c.year === col.year || c.year === null));
      const parentCell = parentCol >= 0 ? row.values[parentCol] : null;
      out.push({
        source: 'table',
        name,
        unit,
        year: col.year ?? periodEnd,
        op: parsed.op,
        value: parsed.value,
        valueText: cell.text,
        baselineYear: base && base.kind !== 'missing' ? (table.columns[baseIndex]!.year ?? null) : null,
        baselineValue: base?.kind === 'number' ? base.value : null,
        parentValue: parentCell && parentCell.text.trim() !== '' ? cellText(parentCell) : null,
        attribute: attribute === '预期性' || attribute === '约束性' ? attribute : null,
        category: row.category,
        start: row.name.start,
        end: cell.end,
        repairs: [...repairs, ...parsed.repairs],
        warnings:
          base?.kind === 'multiple'
            ? [...warnings, 'multiple-values: the baseline cell holds several values']
            : warnings,
      });
    });
  }
  return out;
}
