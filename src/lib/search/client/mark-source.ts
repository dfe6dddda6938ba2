import { highlight } from '../highlight.ts';
import { parseQuery } from '../query.ts';

/**
 * On a plan page reached from a result (…/?hl=托位#p12), marks the query's words inside the
 * linked passage, so the eye lands on them and not only on the passage.
 */
export function markSourceAnchor(doc: Document = document): void {
  const hl = new URLSearchParams(doc.location.search).get('hl');
  const id = decodeURIComponent(doc.location.hash.slice(1));
  if (!hl || !id) return;
  const target = doc.getElementById(id);
  if (!target) return;
  const q = parseQuery(hl);
  const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const segments = highlight(node.data, q);
    if (!segments.some((s) => s.hit)) continue;
    node.replaceWith(
      ...segments.map((s) => {
        if (!s.hit) return doc.createTextNode(s.text);
        const mark = doc.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = s.text;
        return mark;
      }),
    );
  }
  target.classList.add('search-source');
  target.scrollIntoView({ block: 'center' });
}
