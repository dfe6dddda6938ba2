import type { Scan } from './byte-scan.ts';

/** Bytes that could not be decoded, replaced by one U+FFFD at `offset` in the text. */
export interface DamagedSpot {
  /** Position of the first bad byte in the file. */
  byte: number;
  /** How many bytes the replacement stands for. */
  length: number;
  /** Offset of the U+FFFD in the decoded text. */
  offset: number;
}

/** At most this many bad runs, and at most one per this many bytes, for a file to count as damaged rather than misdecoded. */
const MAX_BAD_RUNS = 16;
const BYTES_PER_BAD_RUN = 2000;
/** Each bad run must be outweighed by this many well-formed multibyte characters. */
const MULTIBYTE_PER_BAD_RUN = 8;

/** A few bad runs among many good characters: a damaged file of this encoding, not another encoding. */
export function looksDamaged(scan: Scan, size: number): boolean {
  const runs = scan.bad.length;
  return (
    runs > 0 &&
    runs <= MAX_BAD_RUNS &&
    runs * BYTES_PER_BAD_RUN <= Math.max(size, BYTES_PER_BAD_RUN) &&
    scan.multibyte >= runs * MULTIBYTE_PER_BAD_RUN
  );
}

/**
 * Decodes the good stretches strictly and puts one U+FFFD for each bad run, so the position of
 * every replacement is known exactly. Null when a stretch still fails (the scan was too lenient).
 */
export function decodeAround(
  bytes: Uint8Array,
  label: string,
  scan: Scan,
): { text: string; damaged: DamagedSpot[] } | null {
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  const damaged: DamagedSpot[] = [];
  let length = 0;
  let from = 0;
  try {
    for (const run of scan.bad) {
      const good = decoder.decode(bytes.subarray(from, run.start));
      parts.push(good, '\uFFFD');
      length += good.length;
      damaged.push({ byte: run.start, length: run.end - run.start, offset: length });
      length += 1;
      from = run.end;
    }
    parts.push(decoder.decode(bytes.subarray(from)));
  } catch {
    return null;
  }
  return { text: parts.join(''), damaged };
}
