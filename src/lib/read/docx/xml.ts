import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';

export type { Element } from 'xast';

/** Parses one OOXML part; null for a part that is not well-formed XML. */
export function parseXml(text: string): Root | null {
  try {
    return fromXml(text);
  } catch {
    return null;
  }
}

/** The element children of a node, optionally only those with a qualified name ("w:p"). */
export function kids(node: Element | Root | undefined, name?: string): Element[] {
  if (!node) return [];
  const found: Element[] = [];
  for (const c of node.children) if (c.type === 'element' && (name === undefined || c.name === name)) found.push(c);
  return found;
}

/** The first element child with a qualified name, following a path of names ("w:pPr", "w:pStyle"). */
export function kid(node: Element | Root | undefined, ...path: string[]): Element | undefined {
  let at: Element | Root | undefined = node;
  for (const name of path) at = kids(at, name)[0];
  return at === node ? undefined : (at as Element | undefined);
}

/** An attribute's value ("w:val" by default). */
export function attr(node: Element | undefined, name = 'w:val'): string | undefined {
  const value = node?.attributes[name];
  return value === null || value === undefined ? undefined : String(value);
}

/** Every descendant element with a qualified name, in document order. */
export function descendants(node: Element | Root, name: string): Element[] {
  const found: Element[] = [];
  for (const child of kids(node)) {
    if (child.name === name) found.push(child);
    found.push(...descendants(child, name));
  }
  return found;
}

/** The text of every `w:t` under a node, for parts read only to see whether they hold text. */
export function plainText(node: Element | Root): string {
  return descendants(node, 'w:t')
    .map((t) => t.children.map((c) => (c.type === 'text' ? c.value : '')).join(''))
    .join('');
}

/** The text content of an element (its text children). */
export function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}
