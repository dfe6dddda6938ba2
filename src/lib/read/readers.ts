import type { Encoding } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { readDocx, readLegacyWord } from './docx/index.ts';
import { readHtml } from './html/index.ts';
import { readPdf } from './pdf/read-pdf.ts';
import type { DamagedSpot } from './tolerant-decode.ts';
import type { Block, Grid, PageSpan, SourceFormat } from './types.ts';

/** What a reader makes of a file's bytes: the plan's text and the structure the file marks. */
export interface ReadResult {
  text: string;
  encoding: Encoding;
  format: SourceFormat;
  grids?: Grid[];
  blocks?: Block[];
  pages?: PageSpan[];
  setApart?: Record<string, number>;
  /** Text the reader set apart that may state metadata (a portal's metadata box, the page title). */
  metaText?: string;
  /** Bytes read as U+FFFD; each becomes a warning with its position. */
  damaged?: DamagedSpot[];
}

/** A reader turns a file's bytes into text; it throws InputError for a file it cannot read. */
export type Reader = (bytes: Uint8Array, file: string) => ReadResult;

const readText: Reader = (bytes, file) => ({ ...decodeBytes(bytes, file), format: 'txt' });
const readMarkdown: Reader = (bytes, file) => ({ ...decodeBytes(bytes, file), format: 'md' });

/** Readers by file extension (lower case, with the dot). */
export const READERS: ReadonlyMap<string, Reader> = new Map([
  ['.txt', readText],
  ['.md', readMarkdown],
  ['.markdown', readMarkdown],
  ['.html', readHtml],
  ['.htm', readHtml],
  ['.docx', readDocx],
  ['.doc', readLegacyWord],
  ['.wps', readLegacyWord],
  ['.pdf', readPdf],
]);

/**
 * Extensions whose reader gives a text; .doc and .wps are known only to say how to save them
 * as .docx, so messages that name what a plan file may be leave them out.
 */
export const READABLE_EXTENSIONS: readonly string[] = [...READERS]
  .filter(([, reader]) => reader !== readLegacyWord)
  .map(([ext]) => ext);
