import type { Nodes } from 'hast';

const UNREAD = new Set(['script', 'style', 'noscript', 'template']);

/** Characters of sentence text under a node (whitespace aside), counting only lines with a "。". */
export function proseLength(node: Nodes): number {
  if (node.type === 'text') return node.value.includes('。') ? node.value.replace(/\s+/g, '').length : 0;
  if (node.type !== 'element' && node.type !== 'root') return 0;
  if (node.type === 'element' && UNREAD.has(node.tagName)) return 0;
  let n = 0;
  for (const child of node.children) n += proseLength(child);
  return n;
}
