import type { Rules } from '../../rules/types.ts';
import { splitNameUnit } from '../../util/name-unit.ts';
import type { Column, TableRow } from '../model.ts';
import { isNoValue } from './cell-value.ts';
import { fold } from './roles.ts';

const PERMILLE_DAMAGE = /^%[。o]$/u;

export interface NameUnit {
  name: string;
  unit: string | null;
  warnings: string[];
  repairs: string[];
  /** The name's unit parenthetical is empty in the source. */
  lost: boolean;
}

/** Name without its unit parenthetical; the unit from the unit column, else from that parenthetical. */
export function nameAndUnit(row: TableRow, columns: readonly Column[], prev: NameUnit | null, rules: Rules): NameUnit {
  const at = (role: string) => row.cells[columns.findIndex((c) => c.role === role)] ?? null;
  // a row number run into the name cell ("1.人均预期寿命", "（2）婴儿死亡率"), not "5岁以下…"
  const raw = fold(at('name')!.text).replace(/^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])(?=\D)/u, '');
  const split = splitNameUnit(raw);
  const unitCell = at('unit');
  const out: NameUnit = { name: split.name, unit: split.unit, warnings: [], repairs: [], lost: split.unitLost };
  if (unitCell && !isNoValue(unitCell.text, rules)) out.unit = fold(unitCell.text);
  else if (split.unitLost) out.warnings.push('unit-lost: the unit parenthetical is empty in the source');
  // a sub-row ("其中:基层医疗卫生机构") narrows the row above and shares its unit
  if (/^其中[:：]/u.test(out.name) && prev) return { ...out, name: `${prev.name}(${out.name})`, unit: prev.unit };
  if (out.unit && PERMILLE_DAMAGE.test(out.unit)) {
    out.repairs.push(`repair-permille: unit "${out.unit}" read as ‰`);
    out.unit = '‰';
  }
  return out;
}
