import type { APIRoute } from 'astro';
import { conflictNotes } from '../../lib/site/conflicts.ts';
import { siteData } from '../../lib/site/data/site-data.ts';

/**
 * Targets whose plan states them again with another value, for the search results to say so:
 * target id → [link, "76.3岁（第24段）"] per other statement. Only conflicting targets are listed,
 * so the file stays small; the results page fetches it once, when it first lists a target.
 */
export const GET: APIRoute = () => {
  const data = siteData();
  const out: Record<string, [string, string][]> = {};
  for (const target of data.indicators) {
    if (target.conflict.length === 0) continue;
    const notes = conflictNotes(data, target);
    if (notes.length > 0) out[target.id] = notes.map((n) => [n.href, n.where ? `${n.value}（${n.where}）` : n.value]);
  }
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
