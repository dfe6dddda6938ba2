/** One cell of a download: numbers stay numbers so a spreadsheet can sum and sort them. */
export type CellValue = string | number | null;

/** A table as it is downloaded: the same rows go to CSV, to .xlsx and to the full-data ZIP. */
export interface TableData {
  /** What the table is, e.g. 孕产妇死亡率：各地目标; also the saved file's name. */
  title: string;
  headers: string[];
  rows: CellValue[][];
  /** Lines for the 说明 sheet: units, rules, where the data comes from, how to cite. */
  notes: string[];
}

/** A download file name without characters Windows refuses (\ / : * ? " < > |). */
export function fileTitle(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/gu, '_').replace(/^_+|_+$/gu, '') || 'table';
}

/** Lists join with 、 the way a Chinese reader writes them; other values pass through. */
export function cell(value: string | number | null | undefined | readonly string[]): CellValue {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.join('、');
  return value as CellValue;
}

/**
 * A table put together from parts may name a column twice (the comparison's 标准指标 in front
 * of the record's own): a spreadsheet reader sees one column per heading, the first kept.
 */
export function withoutRepeatedColumns(headers: readonly string[], rows: readonly CellValue[][]) {
  const keep = headers.map((h, i) => headers.indexOf(h) === i);
  return {
    headers: headers.filter((_, i) => keep[i]),
    rows: rows.map((r) => r.filter((_, i) => keep[i])),
  };
}
