import { csvField } from '../export/csv.ts';

const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * A download for spreadsheet users: Chinese column headings, CRLF rows and a BOM so that Excel
 * on a Chinese Windows desktop opens it as UTF-8 instead of the local code page. Cells go
 * through csvField, so a text that would run as a formula is neutralised here too.
 */
export function csvDocument(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [headers.map(csvField), ...rows.map((row) => row.map(csvField))];
  return BOM + lines.map((cells) => cells.join(',') + EOL).join('');
}

export function csvResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
