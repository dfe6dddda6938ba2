import { el } from './dom.ts';

/** target id → [link, "76.3岁（第24段）"] per other statement of the same plan (search/conflicts.json). */
type Conflicts = Record<string, [string, string][]>;

let known: Promise<Conflicts> | null = null;

function conflicts(url: string): Promise<Conflicts> {
  known ??= fetch(url).then((r) => (r.ok ? (r.json() as Promise<Conflicts>) : {}));
  known.catch(() => (known = null));
  return known;
}

/**
 * Says under a target that its plan contradicts itself, as ConflictNote.astro does on the site's
 * pages: filled in once the list of conflicting targets is in (it does not hold back the results).
 */
export function conflictSlot(url: string, target: string): HTMLElement {
  const slot = el('p', { class: 'conflict', hidden: '' });
  void conflicts(url).then(
    (all) => {
      const notes = all[target];
      if (!notes || notes.length === 0) return;
      const links = notes.flatMap(([href, label], i) => [...(i > 0 ? ['；'] : []), el('a', { href }, label)]);
      slot.replaceChildren(el('span', { class: 'tag warn' }, '表述不一'), '本规划另有表述：', ...links);
      slot.hidden = false;
    },
    () => {},
  );
  return slot;
}
