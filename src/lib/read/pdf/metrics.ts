import { median } from './lines.ts';
import type { Line } from './types.ts';

/** The body text's geometry, measured over the flow lines of the whole document. */
export interface Metrics {
  size: number;
  left: number;
  right: number;
  /** Baseline distance of two lines of one paragraph, in body font sizes. */
  pitch: number;
  /** The layout marks paragraphs by extra space between them. */
  spacing: boolean;
  /** The layout marks paragraphs by a first-line indent. */
  indent: boolean;
}

export function measure(lines: readonly Line[]): Metrics {
  const size = mode(lines.map((l) => l.size)) || 12;
  const body = lines.filter((l) => Math.abs(l.size - size) <= 0.15 * size);
  const left = mode(body.map((l) => l.x0));
  const rights = body.map((l) => l.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? left;
  const deltas: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1], body[i]];
    if (a && b && a.page === b.page && a.y > b.y) deltas.push((a.y - b.y) / size);
  }
  const pitch = deltas.length > 0 ? Math.min(mode(deltas.map((d) => Math.round(d * 10) / 10)), median(deltas)) : 1.5;
  const spacing = deltas.filter((d) => d > 1.4 * pitch && d < 4 * pitch).length >= Math.max(2, deltas.length * 0.1);
  const indented = body.filter((l) => l.x0 - left >= 1.5 * size && l.x0 - left <= 3.2 * size).length;
  return { size, left, right, pitch, spacing, indent: indented >= Math.max(2, body.length * 0.05) };
}

/** The most frequent value, values rounded to a half unit first. */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && v < best)) [best, bestCount] = [v, n];
  return best;
}
