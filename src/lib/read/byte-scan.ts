/** A run of bytes that is not a character of the encoding; decoded as one U+FFFD. */
export interface BadRun {
  start: number;
  end: number;
}

export interface Scan {
  bad: BadRun[];
  /** Well-formed characters of two or more bytes: evidence that the guess of encoding is right. */
  multibyte: number;
}

const inRange = (b: number | undefined, lo: number, hi: number): boolean => b !== undefined && b >= lo && b <= hi;

/** Bounds of the first continuation byte after a UTF-8 lead byte (RFC 3629 table), or null for a bad lead. */
function utf8Lead(b: number): { length: number; lo: number; hi: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { length: 2, lo: 0x80, hi: 0xbf };
  if (b === 0xe0) return { length: 3, lo: 0xa0, hi: 0xbf };
  if (b === 0xed) return { length: 3, lo: 0x80, hi: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { length: 3, lo: 0x80, hi: 0xbf };
  if (b === 0xf0) return { length: 4, lo: 0x90, hi: 0xbf };
  if (b === 0xf4) return { length: 4, lo: 0x80, hi: 0x8f };
  if (b >= 0xf1 && b <= 0xf3) return { length: 4, lo: 0x80, hi: 0xbf };
  return null;
}

/**
 * Finds the ill-formed runs of UTF-8 the way the Encoding Standard does: a lead byte and the
 * continuation bytes that fit it form one run, and the byte that broke the sequence starts anew.
 */
export function scanUtf8(bytes: Uint8Array): Scan {
  const bad: BadRun[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const lead = utf8Lead(b);
    if (!lead) {
      bad.push({ start: i, end: i + 1 });
      i++;
      continue;
    }
    let j = i + 1;
    if (inRange(bytes[j], lead.lo, lead.hi)) {
      j++;
      while (j < i + lead.length && inRange(bytes[j], 0x80, 0xbf)) j++;
    }
    if (j === i + lead.length) multibyte++;
    else bad.push({ start: i, end: j });
    i = j;
  }
  return { bad, multibyte };
}

/** GB18030 structure: ASCII, 0x80, two bytes (81–FE, 40–7E|80–FE) or four (81–FE, 30–39, 81–FE, 30–39). */
export function scanGb18030(bytes: Uint8Array): Scan {
  const bad: BadRun[] = [];
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b <= 0x80) {
      i++;
      continue;
    }
    const next = bytes[i + 1];
    if (b !== 0xff && (inRange(next, 0x40, 0x7e) || inRange(next, 0x80, 0xfe))) {
      multibyte++;
      i += 2;
    } else if (
      b !== 0xff &&
      inRange(next, 0x30, 0x39) &&
      inRange(bytes[i + 2], 0x81, 0xfe) &&
      inRange(bytes[i + 3], 0x30, 0x39)
    ) {
      multibyte++;
      i += 4;
    } else {
      bad.push({ start: i, end: i + 1 });
      i++;
    }
  }
  return { bad, multibyte };
}
