const UNIT_CHARS = /^[%‰‱#/\d.万千亿元张个人岁天名次所家床辆米平方小时分钟项种倍ddsDDS·\s]*$/u;

/**
 * Splits an indicator cell "每千常住人口执业(助理)医师数(人)" into the name and the unit in its
 * last parenthetical; inner parentheses that are part of the name stay. "()" means the unit
 * was lost in conversion. Offsets are relative to the cell text.
 */
export function splitNameUnit(cell: string): {
  name: string;
  unit: string | null;
  unitLost: boolean;
  unitStart: number;
} {
  const m = /[(（]([^()（）]*)[)）]\s*$/u.exec(cell);
  if (!m) return { name: cell.trim(), unit: null, unitLost: false, unitStart: -1 };
  const inner = m[1]!.trim();
  if (inner === '') return { name: cell.slice(0, m.index).trim(), unit: null, unitLost: true, unitStart: m.index };
  if (inner.length > 8 || !UNIT_CHARS.test(inner.replace(/[。o]/gu, '')))
    return { name: cell.trim(), unit: null, unitLost: false, unitStart: -1 };
  return { name: cell.slice(0, m.index).trim(), unit: inner, unitLost: false, unitStart: m.index };
}
