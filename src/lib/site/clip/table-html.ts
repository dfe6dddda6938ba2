/** One cell as copied: its text, and what a pasted table keeps of it (a span, the link it holds). */
export type MatrixCell = string | { text: string; colspan?: number; href?: string };

/** A table as plain cells: header rows first, the rest body rows. */
export interface Matrix {
  caption: string;
  head: MatrixCell[][];
  body: MatrixCell[][];
  /** A line under the table saying where it comes from. */
  source: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const textOf = (c: MatrixCell) => (typeof c === 'string' ? c : c.text);
const spanOf = (c: MatrixCell) => (typeof c === 'string' ? 1 : Math.max(1, c.colspan ?? 1));
/** Only web addresses become links: a pasted document must not carry script or file links. */
const hrefOf = (c: MatrixCell) => (typeof c !== 'string' && c.href && /^https?:\/\//iu.test(c.href) ? c.href : null);

function cellHtml(c: MatrixCell, tag: 'th' | 'td', style: string): string {
  const span = spanOf(c) > 1 ? ` colspan="${spanOf(c)}"` : '';
  const href = hrefOf(c);
  const text = escapeHtml(textOf(c));
  return `<${tag}${span} style="${style}">${href ? `<a href="${escapeHtml(href)}">${text}</a>` : text}</${tag}>`;
}

/**
 * HTML that Word and WPS paste as a real table: plain cells with borders set inline (pasted
 * content keeps no stylesheet), group rows spanning the columns they span on the page, links
 * (查看原文) kept, the caption as a bold paragraph and the source line after it.
 */
export function matrixHtml(m: Matrix): string {
  const td = 'border:1px solid #999;padding:2pt 4pt;vertical-align:top';
  const row = (cells: MatrixCell[], tag: 'th' | 'td') => `<tr>${cells.map((c) => cellHtml(c, tag, td)).join('')}</tr>`;
  return [
    `<p><b>${escapeHtml(m.caption)}</b></p>`,
    '<table style="border-collapse:collapse">',
    `<thead>${m.head.map((r) => row(r, 'th')).join('')}</thead>`,
    `<tbody>${m.body.map((r) => row(r, 'td')).join('')}</tbody>`,
    '</table>',
    `<p>${escapeHtml(m.source)}</p>`,
  ].join('');
}

/** Tab-separated text, for pasting into a spreadsheet or a plain editor; a spanning cell keeps its columns. */
export function matrixText(m: Matrix): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/gu, ' ');
  const line = (r: MatrixCell[]) =>
    r.map((c) => [clean(textOf(c)), ...Array<string>(spanOf(c) - 1).fill('')].join('\t')).join('\t');
  return [m.caption, ...[...m.head, ...m.body].map(line), m.source].join('\n');
}
