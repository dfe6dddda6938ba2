import { InputError } from '../input-error.ts';
import type { Reader } from '../readers.ts';
import { compose } from './compose.ts';
import { layOut } from './layout.ts';
import { readPages, type PdfFailure } from './read-pages.ts';
import type { PdfPage } from './types.ts';

/** A PDF with a text layer → the derived text, its tables as grids, and the page of every offset. */
export const readPdf: Reader = (bytes, file) => {
  const read = readPages(bytes);
  if ('failure' in read) throw failure(file, read.failure);
  checkTextLayer(file, read.pages);
  const layout = layOut(read.pages);
  const composed = compose(layout.pieces);
  return {
    text: composed.text,
    encoding: 'utf-8',
    format: 'pdf',
    grids: composed.grids,
    blocks: composed.blocks,
    pages: composed.pages,
    setApart: layout.setApart,
    metaText: layout.metaText,
  };
};

function failure(file: string, f: PdfFailure): InputError {
  if (f.name === 'PasswordException') {
    return new InputError(
      file,
      'pdf-encrypted',
      `${file}: the PDF is encrypted and needs a password to open; save an unprotected copy (or use the plan's .docx/.html)`,
    );
  }
  return new InputError(
    file,
    'pdf-damaged',
    `${file}: the PDF cannot be read (${f.message}); the file is damaged or incomplete — download it again`,
  );
}

/** Text from a scan would be missing without a word: a page of image only is an error. */
function checkTextLayer(file: string, pages: readonly PdfPage[]): void {
  const scanned = pages.filter((p) => p.imageOnly).map((p) => p.page);
  if (scanned.length > 0) {
    const which =
      scanned.length === pages.length
        ? 'every page is'
        : `page${scanned.length > 1 ? 's' : ''} ${scanned.join(', ')} ${scanned.length > 1 ? 'are' : 'is'}`;
    throw new InputError(
      file,
      'pdf-scanned',
      `${file}: ${which} an image without a text layer (a scan); run text recognition (OCR) on it or use the plan's .docx/.html`,
    );
  }
  if (!pages.some((p) => p.items.some((i) => i.str.trim() !== ''))) {
    throw new InputError(file, 'empty', `${file}: the PDF contains no text`);
  }
}
