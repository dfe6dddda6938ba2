/** Below this share of code units with a zero byte, the NULs are not the mark of UTF-16 text. */
const MIN_NUL_SHARE = 0.02;
/** Han characters U+xx00 put a zero on the other side too, but far more rarely than ASCII does. */
const MAX_OTHER_SIDE = 8;
/** Share of decoded characters that must be ordinary text for the guess to stand. */
const MIN_PLAIN_SHARE = 0.9;

/**
 * UTF-16 saved without a BOM shows itself by its zero bytes: ASCII characters (digits, line
 * breaks, punctuation) have a zero high byte, so the zeros fall on odd positions (little endian)
 * or even ones (big endian), and only rarely (a Han character U+xx00) on the other side. Returns the byte order when the bytes look like that
 * and decode to plausible text (Han, CJK punctuation, full-width forms, printable ASCII).
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = bytes.length / 2;
  const label = odd > even ? 'utf-16le' : 'utf-16be';
  const zeros = Math.max(odd, even);
  if (zeros / units < MIN_NUL_SHARE || Math.min(odd, even) * MAX_OTHER_SIDE > zeros) return null;
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  return plainShare(text) >= MIN_PLAIN_SHARE ? label : null;
}

function plainShare(text: string): number {
  let plain = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ascii = (c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d;
    const han = (c >= 0x3400 && c <= 0x9fff) || (c >= 0x20000 && c <= 0x3ffff);
    const punctuation = (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f);
    if (ascii || han || punctuation) plain++;
  }
  return plain / Math.max(1, [...text].length);
}
