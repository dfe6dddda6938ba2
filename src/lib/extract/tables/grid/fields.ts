import type { Grid, GridCell } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import { fold, headerRole } from '../interpret/roles.ts';
import { linesOf, trimCell, type Line } from './lines.ts';

interface Field {
  label: GridCell | null;
  value: GridCell;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** "指标：X" or "【指标】X", after a bullet or a number ("▶", "1."), split into label and value. */
function labelled(text: string, part: GridCell): Field | null {
  const lead = /^(?:[^\p{L}\p{N}【]+|\d{1,2}[.．、)）])*/u.exec(part.text)![0].length;
  const m = /^【([^】]+)】|^([^：:【]+)[：:]/u.exec(part.text.slice(lead));
  if (!m) return null;
  const start = part.start + lead + (m[1] ? 1 : 0);
  const label = trimCell(text, start, start + (m[1] ?? m[2]!).length);
  return { label, value: trimCell(text, part.start + lead + m[0].length, part.end) };
}

/** Fields of a line "指标：X｜目标值：Y｜属性：Z"; the first may be unlabelled (the row's subject). */
function fieldsOf(text: string, l: Line, sep: RegExp, rules: Rules): Field[] | null {
  const fields: Field[] = [];
  let from = l.start;
  for (let i = l.start; i <= l.end; i++) {
    if (i < l.end && !sep.test(text[i]!)) continue;
    const part = trimCell(text, from, i);
    const field = labelled(text, part);
    if (field && headerRole(field.label!.text, rules) !== null) fields.push(field);
    else if (fields.length === 0) fields.push({ label: null, value: part });
    else return null;
    from = i + 1;
  }
  return fields.filter((f) => f.label).length >= 2 ? fields : null;
}

/**
 * Rows flattened into one line each with labelled fields between separators, as social-media
 * re-posts give them, in any order of fields. Consecutive such lines (blank lines between them
 * allowed; one line alone is a grid too, its labels being unambiguous) make one grid: a header row of the labels in order of first use, then
 * one row per line, an absent field an empty cell. An unlabelled first field gets an empty header.
 */
export function readFieldGrids(text: string, limit: number, rules: Rules): Grid[] {
  if (rules.tableFieldSeparators.length === 0) return [];
  const sep = new RegExp(`[${rules.tableFieldSeparators.map(esc).join('')}]`, 'u');
  const grids: Grid[] = [];
  let run: Field[][] = [];
  const flush = () => {
    if (run.length >= 1) grids.push(toGrid(run, rules));
    run = [];
  };
  for (const l of linesOf(text, limit)) {
    const fields = fieldsOf(text, l, sep, rules);
    if (fields) run.push(fields);
    else if (text.slice(l.start, l.end).trim() !== '') flush();
  }
  flush();
  return grids;
}

const SAME: readonly (string | null)[] = ['serial', 'category', 'name', 'unit', 'attribute', 'note'];

function toGrid(run: readonly Field[][], rules: Rules): Grid {
  const labels: (GridCell | null)[] = [];
  // "指标" in one row and "指标名称" in the next are one column; value labels stay apart by their words
  const keyOf = (f: Field) => {
    if (!f.label) return '';
    const role = headerRole(f.label.text, rules);
    return SAME.includes(role) ? `${role}` : fold(f.label.text);
  };
  const keys: string[] = [];
  for (const row of run)
    for (const f of row)
      if (!keys.includes(keyOf(f))) {
        keys.push(keyOf(f));
        labels.push(f.label);
      }
  const first = run[0]![0]!.value;
  const header = labels.map((l) => l ?? { text: '', start: first.start, end: first.start });
  const rows = run.map((row) =>
    keys.map((k) => {
      const f = row.find((x) => keyOf(x) === k);
      const at = row[row.length - 1]!.value.end;
      return f ? f.value : { text: '', start: at, end: at };
    }),
  );
  const last = run[run.length - 1]!;
  return { start: header[0]!.start, end: last[last.length - 1]!.value.end, rows: [header, ...rows], origin: 'fields' };
}
