import { loadRules } from '../../../src/lib/extract/rules/load-rules.ts';
import { buildView, type BuiltView } from '../../../src/lib/extract/view/build-view.ts';

export const rules = loadRules();

/** The reading view of a text, checked to map every kept character back to the same one. */
export function read(text: string, markdown = false): BuiltView & { kinds: string[] } {
  const built = buildView(text, rules, markdown);
  const { view } = built;
  for (let i = 0; i < view.text.length; i++)
    if (view.text[i] !== '\n') {
      const c = text[view.map[i]!];
      if (c !== view.text[i]) throw new Error(`view character ${i} maps to "${c}", not "${view.text[i]}"`);
    }
  return { ...built, kinds: built.setApart.map((c) => c.kind) };
}
