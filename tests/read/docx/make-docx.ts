import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A minimal .docx with the given body XML and optional styles/numbering/header parts. */
export function makeDocx(parts: { body: string; styles?: string; numbering?: string; header?: string }): Uint8Array {
  const rels = [
    parts.styles
      ? '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
      : '',
    parts.numbering
      ? '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
      : '',
    parts.header
      ? '<Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
      : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document ${W} ${MC}><w:body>${parts.body}</w:body></w:document>`,
    ),
  };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.header) files['word/header1.xml'] = strToU8(`<w:hdr ${W}>${parts.header}</w:hdr>`);
  return zipSync(files);
}

/** A paragraph with a style, optional numbering and runs of text. */
export function p(
  text: string,
  opts: { style?: string; numId?: number; ilvl?: number; outline?: number } = {},
): string {
  const props = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.numId !== undefined
      ? `<w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ''}<w:numId w:val="${opts.numId}"/></w:numPr>`
      : '',
    opts.outline !== undefined ? `<w:outlineLvl w:val="${opts.outline}"/>` : '',
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** An abstract numbering definition with levels given as [numFmt, lvlText, start?, extra XML?]. */
export function abstractNum(id: number, levels: [string, string, number?, string?][]): string {
  const lvls = levels
    .map(
      ([fmt, text, start = 1, extra = ''], i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, override = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
}
