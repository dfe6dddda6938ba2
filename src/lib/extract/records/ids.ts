import { createHash } from 'node:crypto';

/**
 * Stable record ids: the plan id, a kind letter and a hash of what the record says (not of
 * its offsets), numbered when the same words recur, so editing one part of a plan keeps the
 * ids of every other record.
 */
export function idMaker(plan: string, kind: string): (...parts: (string | number | null)[]) => string {
  const seen = new Map<string, number>();
  return (...parts) => {
    const key = parts.map((p) => String(p ?? '')).join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const hash = createHash('sha1').update(`${key}\u0000${n}`).digest('hex').slice(0, 10);
    return `${plan}-${kind}${hash}`;
  };
}
