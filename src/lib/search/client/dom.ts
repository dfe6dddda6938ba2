import type { Segment } from '../highlight.ts';

/** Elements are built node by node: plan text never passes through innerHTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function marked(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.hit ? el('mark', { class: 'search-hit' }, s.text) : document.createTextNode(s.text)));
}
