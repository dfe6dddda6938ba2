import type { Rules, SectionKind } from '../rules/types.ts';
import type { Heading } from './heading.ts';

const ORDER: SectionKind[] = ['safeguard', 'task', 'goal', 'background', 'principle'];

export function kindOf(title: string, rules: Rules): SectionKind | null {
  for (const kind of ORDER) if (rules.sections[kind].some((w) => title.includes(w))) return kind;
  return null;
}

/**
 * Sets each heading's scope. A plan without a task chapter ("二、优化医疗卫生资源配置" …) has its
 * tasks in the unclassified top-level parts that follow its goals, so those become task scope.
 */
export function assignScopes(headings: Heading[]): void {
  for (const h of headings) {
    const inherited = h.parent >= 0 ? headings[h.parent]!.scope : null;
    // inside a task chapter every part is a task, whatever its words ("加强组织领导")
    h.scope = inherited === 'task' ? 'task' : (h.kind ?? inherited);
  }
  if (headings.some((h) => h.kind === 'task')) return;
  let seenPreamble = false;
  for (const h of headings) {
    if (h.depth !== 1) continue;
    const sub = headings.filter((x) => x.parent === headings.indexOf(h));
    const framing =
      h.kind !== null || sub.some((x) => x.kind === 'goal' || x.kind === 'background' || x.kind === 'principle');
    if (framing) {
      seenPreamble = true;
      continue;
    }
    if (seenPreamble) markTask(headings, headings.indexOf(h));
  }
}

function markTask(headings: Heading[], root: number): void {
  headings[root]!.scope = 'task';
  headings.forEach((h, i) => {
    if (i > root && h.parent >= 0 && headings[h.parent]!.scope === 'task' && h.kind === null) h.scope = 'task';
  });
}
