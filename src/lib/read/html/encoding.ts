import type { Encoding } from '../../types.ts';
import { decodeBytes, type Decoded } from '../decode.ts';
import { InputError } from '../input-error.ts';

/** How far into the file a browser looks for a `<meta>` charset declaration. */
const PRESCAN_BYTES = 4096;

const LABELS: ReadonlyMap<string, { label: string; encoding: Encoding }> = new Map([
  ['utf-8', { label: 'utf-8', encoding: 'utf-8' }],
  ['utf8', { label: 'utf-8', encoding: 'utf-8' }],
  // GB2312 and GBK pages are decoded as GB18030, their superset, as browsers do
  ['gb2312', { label: 'gb18030', encoding: 'gb18030' }],
  ['gbk', { label: 'gb18030', encoding: 'gb18030' }],
  ['x-gbk', { label: 'gb18030', encoding: 'gb18030' }],
  ['gb18030', { label: 'gb18030', encoding: 'gb18030' }],
  ['cp936', { label: 'gb18030', encoding: 'gb18030' }],
]);

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, lower case. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return null;
}

/**
 * Decodes a web page: a BOM decides, then the page's own declaration, then detection (strict
 * UTF-8, else GB18030). A declaration the bytes contradict (a GBK page labelled UTF-8 happens on
 * portals) falls back to detection rather than producing replacement characters.
 */
export function decodeHtml(bytes: Uint8Array, file: string): Decoded {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = declaredCharset(bytes);
  const known = declared === null ? undefined : LABELS.get(declared);
  if (!hasBom && known) {
    try {
      const text = new TextDecoder(known.label, { fatal: true, ignoreBOM: true }).decode(bytes);
      if (text.trim() === '') throw new InputError(file, 'empty', `${file}: the page contains only whitespace`);
      return { text, encoding: known.encoding };
    } catch (error) {
      if (error instanceof InputError) throw error;
    }
  }
  return decodeBytes(bytes, file);
}
