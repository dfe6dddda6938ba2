// Builds elements from text only (never from HTML strings), so nothing a plan says can run as markup.
type Child = Node | string | null | undefined | false;

export function el(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export const link = (href: string, text: string, cls?: string) => el('a', { href, class: cls }, text);
export const small = (text: string, cls = 'small muted') => el('span', { class: cls }, text);
