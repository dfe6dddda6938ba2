import { InputError } from './input-error.ts';

/** Above this share of control characters or U+FFFD the "text" is taken to be binary data. */
const MAX_SUSPICIOUS_SHARE = 0.02;

/**
 * Throws InputError when decoded text holds NULs or too many control/replacement characters.
 * `known` replacement characters stand for bad bytes already reported with their positions.
 */
export function checkNotBinary(text: string, file: string, known = 0): void {
  let suspicious = -known;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      throw new InputError(
        file,
        'binary',
        `${file}: contains NUL characters (first at character ${i}); this is not a text file`,
      );
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
