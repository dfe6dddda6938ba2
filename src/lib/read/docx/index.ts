import type { Reader } from '../readers.ts';
import { DerivedText } from '../derived/builder.ts';
import { InputError } from '../input-error.ts';
import { countApart } from './apart.ts';
import { blocks } from './handlers/body.ts';
import { Numbering } from './numbering.ts';
import { openPackage } from './package.ts';
import type { State } from './state.ts';
import { Styles } from './styles.ts';
import { descendants, kid, textOf } from './xml.ts';
import { legacyWord, unpack } from './zip.ts';

/**
 * Reads a Word .docx: body paragraphs with their heading levels and the numbering Word prints,
 * tables as grids with their merged cells, text boxes and one-cell box tables as text; headers,
 * footers, footnotes and comments set apart and counted. The core title goes to `metaText`.
 */
export const readDocx: Reader = (bytes, file) => {
  const pkg = openPackage(unpack(bytes, file), file);
  const body = kid(pkg.document, 'w:document', 'w:body');
  if (!body)
    throw new InputError(file, 'damaged', `${file}: the document has no body; open it in Word and save it again`);
  const state: State = {
    out: new DerivedText(),
    styles: new Styles(pkg.styles),
    numbering: new Numbering(pkg.numbering),
    setApart: countApart(pkg),
  };
  blocks(state, body);
  const text = state.out.toString();
  if (text.trim() === '') throw new InputError(file, 'empty', `${file}: the document contains no text`);
  const title = pkg.core ? descendants(pkg.core, 'dc:title').map(textOf).join('').trim() : '';
  return {
    text,
    encoding: 'utf-8',
    format: 'docx',
    grids: state.out.grids,
    blocks: state.out.blocks,
    setApart: state.setApart,
    metaText: title,
  };
};

/** An old binary .doc or a .wps: not read, with a message that says how to make it readable. */
export const readLegacyWord: Reader = (_bytes, file) => {
  throw legacyWord(file);
};
