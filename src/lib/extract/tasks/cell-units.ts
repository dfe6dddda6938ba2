import type { GridCell } from '../../read/types.ts';
import type { Rules } from '../rules/types.ts';
import { parseClause } from './clause.ts';
import { noteTest } from './first-leads.ts';
import type { UnitMention } from './unit.ts';

/**
 * The units of a table column's cells (one cell, or a cell and the cells of the rows continuing
 * it), in view offsets. The cells are read as one list: a name wrapped onto the next row joins
 * again, and a line break after a complete name ("市财政局" / "市教育局") separates two units.
 * Every unit of the lead column leads; in another column only a unit marked "(牵头)" does.
 */
export function columnUnits(cells: readonly GridCell[], rules: Rules, leadColumn: boolean): UnitMention[] {
  const ends = rules.responsibility.unitEndings;
  let joined = '';
  const map: number[] = [];
  const separate = () => {
    if (joined !== '' && ends.some((e) => joined.trimEnd().endsWith(e))) {
      joined += '、';
      map.push(map[map.length - 1]! + 1);
    }
  };
  for (const cell of cells) {
    separate();
    // a cell whose text is not the plan's own slice (a reader's normalised copy) maps as a whole
    const verbatim = cell.text.length === cell.end - cell.start;
    for (let i = 0; i < cell.text.length; i++) {
      if (cell.text[i] === '\n') {
        separate();
        continue;
      }
      joined += cell.text[i]!;
      map.push(verbatim ? cell.start + i : cell.start);
    }
    if (!verbatim && map.length > 0) map[map.length - 1] = Math.max(cell.start, cell.end - 1);
  }
  const parsed = parseClause(joined, 0, joined.length, rules.responsibility, noteTest(rules));
  return parsed.units.map((u) => ({
    ...u,
    start: map[u.start]!,
    end: map[u.end - 1]! + 1,
    lead: leadColumn || u.lead,
  }));
}
