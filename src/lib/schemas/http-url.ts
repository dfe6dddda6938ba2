/**
 * Vets a metadata value before it becomes a link: only an absolute http(s) address passes.
 * The check is on the text as written, not only on what `new URL` makes of it, because the URL
 * parser drops tabs, line breaks and leading controls ("java\nscript:" parses as javascript:).
 * Every href/src built from plan metadata goes through this, whatever validated it before.
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (!/^https?:\/\/[^\s/?#]/i.test(value) || hasSpaceOrControl(value)) return null;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? value : null;
}

export const HTTP_URL_RULE =
  'must be an absolute http:// or https:// address without spaces, or null (javascript:, data:, file: and relative addresses are refused)';

function hasSpaceOrControl(value: string): boolean {
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || /\s/u.test(ch)) return true;
  }
  return false;
}
