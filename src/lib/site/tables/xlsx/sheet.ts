import type { CellValue } from '../table.ts';
import { columnName, xmlText } from './xml.ts';

/** Excel keeps at most this many characters in a cell; a longer quote is cut rather than corrupting the file. */
const CELL_MAX = 32767;
const HEADER_STYLE = 1;
const WRAP_STYLE = 2;
/** Columns wider than this wrap instead of growing: quotes and citations are long. */
const WIDE = 60;

function cellXml(value: CellValue, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  const text = xmlText(value.slice(0, CELL_MAX));
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** Width in characters, counting a Han character as two so Chinese columns are not squeezed. */
function displayWidth(value: CellValue): number {
  if (value === null) return 0;
  const text = String(value);
  return [...text].reduce((w, ch) => w + (/[\u2e80-\uffff]/u.test(ch) ? 2 : 1), 0);
}

/** A worksheet: bold header row frozen at the top with a filter, columns sized to their content. */
export function sheetXml(headers: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return [...sheetPieces(headers, rows)].join('');
}

/** Rows written per piece: small enough that a library-wide sheet is never one string. */
const ROWS_PER_PIECE = 2000;

/** The worksheet's XML in pieces, made one at a time as they are read. */
export function* sheetPieces(headers: readonly string[], rows: readonly (readonly CellValue[])[]): Generator<string> {
  // a loop, not Math.max(...rows): a library-wide table has more rows than a call takes arguments
  const widths = headers.map((_, c) =>
    Math.min(WIDE, [headers, ...rows].reduce((w, r) => Math.max(w, displayWidth(r[c] ?? null)), 6) + 2),
  );
  const cols = widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('');
  const rowXml = (row: readonly CellValue[], r: number) => {
    const cells = headers.map((_, c) =>
      cellXml(row[c] ?? null, `${columnName(c)}${r + 1}`, r === 0 ? HEADER_STYLE : widths[c] === WIDE ? WRAP_STYLE : 0),
    );
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  };
  yield [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    `<cols>${cols}</cols>`,
    '<sheetData>',
    rowXml(headers, 0),
  ].join('');
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE)
    yield rows
      .slice(i, i + ROWS_PER_PIECE)
      .map((row, j) => rowXml(row, i + j + 1))
      .join('');
  const last = `${columnName(Math.max(0, headers.length - 1))}${rows.length + 1}`;
  yield `</sheetData>${headers.length > 0 ? `<autoFilter ref="A1:${last}"/>` : ''}</worksheet>`;
}
