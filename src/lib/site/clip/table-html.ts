/** A table as plain cells: header rows first, the rest body rows. */
export interface Matrix {
  caption: string;
  head: string[][];
  body: string[][];
  /** A line under the table saying where it comes from. */
  source: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * HTML that Word and WPS paste as a real table: plain cells with borders set inline (pasted
 * content keeps no stylesheet), the caption as a bold paragraph and the source line after it.
 */
export function matrixHtml(m: Matrix): string {
  const td = 'border:1px solid #999;padding:2pt 4pt;vertical-align:top';
  const row = (cells: string[], tag: 'th' | 'td') =>
    `<tr>${cells.map((c) => `<${tag} style="${td}">${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
  return [
    `<p><b>${escapeHtml(m.caption)}</b></p>`,
    '<table style="border-collapse:collapse">',
    `<thead>${m.head.map((r) => row(r, 'th')).join('')}</thead>`,
    `<tbody>${m.body.map((r) => row(r, 'td')).join('')}</tbody>`,
    '</table>',
    `<p>${escapeHtml(m.source)}</p>`,
  ].join('');
}

/** Tab-separated text, for pasting into a spreadsheet or a plain editor. */
export function matrixText(m: Matrix): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/gu, ' ');
  return [m.caption, ...[...m.head, ...m.body].map((r) => r.map(clean).join('\t')), m.source].join('\n');
}
