import { editView, identityView, type TextView, type ViewEdit } from './text-view.ts';

/**
 * Every kind of line break read as "\n", so later rules need to know only one: the "\r" of
 * "\r\n" is cut, a lone "\r", U+2028, U+2029 or NEL (U+0085) becomes "\n". Offsets still map
 * into the original text.
 */
export function normalizeLineEndings(source: string): { view: TextView; count: number } {
  const edits: ViewEdit[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0d)
      edits.push(source.charCodeAt(i + 1) === 0x0a ? { start: i, end: i + 1 } : { start: i, end: i + 1, text: '\n' });
    else if (c === 0x2028 || c === 0x2029 || c === 0x85) edits.push({ start: i, end: i + 1, text: '\n' });
  }
  const base = identityView(source);
  return { view: edits.length === 0 ? base : editView(base, edits), count: edits.length };
}
