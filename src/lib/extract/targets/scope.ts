import type { PlanData } from '../data.ts';

/**
 * Which view characters may hold a sentence target: the plan body after its first heading,
 * outside background and principle sections, tables, contents, chrome and unit lists.
 */
export function targetScope(data: PlanData): Uint8Array {
  const { view, outline, boilerplate } = data;
  const mask = new Uint8Array(view.text.length);
  const first = outline.headings[0]?.start ?? 0;
  mask.fill(1, first, boilerplate.tail);
  const clear = (s: number, e: number) => mask.fill(0, Math.max(0, s), Math.max(0, Math.min(e, mask.length)));
  for (const h of outline.headings) {
    if (h.scope === 'background' || h.scope === 'principle') clear(h.start, h.bodyEnd);
    clear(h.start, h.titleStart);
  }
  for (const t of data.tables) clear(t.start, t.end);
  for (const t of outline.toc) clear(t.start, t.end);
  for (const l of boilerplate.lines) clear(l.start, l.end);
  for (const t of data.tasks) if (t.clause) clear(t.clause.start, t.clause.end);
  return mask;
}
