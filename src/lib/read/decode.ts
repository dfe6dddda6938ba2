import type { Encoding } from '../types.ts';
import { InputError } from './input-error.ts';

export interface Decoded {
  /** Text without any byte order mark; all record offsets index into it. */
  text: string;
  encoding: Encoding;
}

/** Above this share of control characters or U+FFFD the "text" is taken to be binary data. */
const MAX_SUSPICIOUS_SHARE = 0.02;

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: Encoding; label: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'utf-16be' },
];

/**
 * Decodes a plan file whose encoding is not declared anywhere: a BOM decides when present,
 * otherwise strict UTF-8, otherwise GB18030 (a superset of GBK/GB2312, the usual legacy encoding
 * of Chinese government documents). Throws InputError for empty, binary or undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, file = '(bytes)'): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty', `${file}: the file is empty (0 bytes)`);
  const decoded = decodeDetected(bytes, file);
  if (decoded.text.trim() === '') {
    throw new InputError(file, 'empty', `${file}: the file contains only whitespace`);
  }
  checkNotBinary(decoded.text, file);
  return decoded;
}

function decodeDetected(bytes: Uint8Array, file: string): Decoded {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    // Lenient on purpose: a BOM states the encoding, so stray bad bytes become U+FFFD and are
    // judged by the binary check rather than rejecting an otherwise readable plan.
    const decoder = new TextDecoder(bom.label, { ignoreBOM: true });
    return { text: decoder.decode(bytes.subarray(bom.bytes.length)), encoding: bom.encoding };
  }
  // Without a BOM, NUL bytes mean binary data (or BOM-less UTF-16, which we do not guess at).
  if (bytes.includes(0)) {
    throw new InputError(file, 'binary', `${file}: contains NUL bytes; this is not a text file`);
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new InputError(
    file,
    'undecodable',
    `${file}: the bytes are neither valid UTF-8 nor GB18030/GBK; save the file as UTF-8`,
  );
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checkNotBinary(text: string, file: string): void {
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      throw new InputError(file, 'binary', `${file}: contains NUL characters; this is not a text file`);
    }
    if (isSuspicious(c)) suspicious++;
  }
  const share = suspicious / text.length;
  if (share > MAX_SUSPICIOUS_SHARE) {
    const percent = (share * 100).toFixed(1);
    throw new InputError(
      file,
      'binary',
      `${file}: ${percent}% of the characters are control characters or undecodable bytes; this looks like a binary file`,
    );
  }
}

/** C0/C1 controls other than ordinary layout characters, DEL, and the replacement character. */
function isSuspicious(c: number): boolean {
  if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) return false;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}
