import type { Encoding } from '../types.ts';
import { scanGb18030, scanUtf8, type Scan } from './byte-scan.ts';
import { InputError } from './input-error.ts';
import { checkNotBinary } from './text-check.ts';
import { decodeAround, looksDamaged, type DamagedSpot } from './tolerant-decode.ts';
import { guessUtf16 } from './utf16-guess.ts';

export type { DamagedSpot } from './tolerant-decode.ts';

export interface Decoded {
  /** Text without any byte order mark; all record offsets index into it. */
  text: string;
  encoding: Encoding;
  /** Bad bytes read as U+FFFD (a file cut mid-character, a few corrupt bytes); absent when none. */
  damaged?: DamagedSpot[];
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: Encoding; label: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'utf-16be' },
];

const CANDIDATES: ReadonlyArray<{ encoding: Encoding; label: string; scan: (bytes: Uint8Array) => Scan }> = [
  { encoding: 'utf-8', label: 'utf-8', scan: scanUtf8 },
  { encoding: 'gb18030', label: 'gb18030', scan: scanGb18030 },
];

/**
 * Decodes a plan file whose encoding is not declared anywhere: a BOM decides when present, then
 * BOM-less UTF-16 by its pattern of zero bytes, then strict UTF-8, then GB18030 (a superset of
 * GBK/GB2312, the usual legacy encoding of Chinese government documents). A file with a few bad
 * bytes among many good characters (cut mid-character) is read with U+FFFD in their place and
 * says where. Throws InputError for empty, binary or undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, file = '(bytes)'): Decoded {
  if (bytes.length === 0) throw new InputError(file, 'empty', `${file}: the file is empty (0 bytes)`);
  const decoded = decodeDetected(bytes, file);
  if (decoded.text.trim() === '') {
    throw new InputError(file, 'empty', `${file}: the file contains only whitespace`);
  }
  checkNotBinary(decoded.text, file, decoded.damaged?.length ?? 0);
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
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16 };
  if (bytes.includes(0)) {
    const at = bytes.indexOf(0);
    throw new InputError(file, 'binary', `${file}: contains NUL bytes (first at byte ${at}); this is not a text file`);
  }
  const scans = CANDIDATES.map((c) => ({ ...c, result: c.scan(bytes) }));
  for (const c of scans) {
    if (c.result.bad.length === 0) {
      const text = tryDecode(c.label, bytes);
      if (text !== null) return { text, encoding: c.encoding };
    }
  }
  for (const c of scans) {
    if (!looksDamaged(c.result, bytes.length)) continue;
    const around = decodeAround(bytes, c.label, c.result);
    if (around) return { text: around.text, encoding: c.encoding, damaged: around.damaged };
  }
  const where = scans.map((c) => `${c.label} fails at byte ${c.result.bad[0]?.start ?? '?'}`).join(', ');
  throw new InputError(
    file,
    'undecodable',
    `${file}: the bytes are neither valid UTF-8 nor GB18030/GBK (${where}); save the file as UTF-8`,
  );
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
