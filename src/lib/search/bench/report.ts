import { kb, mb } from './sizes.ts';
import { median, p95 } from './stats.ts';
import type { SizeResult } from './run-size.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const share = (part: Set<string>, whole: Set<string>) => (whole.size === 0 ? 1 : [...whole].filter((x) => part.has(x)).length / whole.size);

/** Lines for one corpus size: build figures, per-query figures, medians, and the Pagefind ratios. */
export function reportSize(r: SizeResult): string[] {
  const out = [`## ${r.plans} plans`];
  out.push(`extraction: ${(r.extract.ms / 1000).toFixed(1)} s, peak ${r.extract.maxRssMb.toFixed(0)} MB`);
  out.push(`index build: ${(r.build.ms / 1000).toFixed(1)} s wall (process), peak ${r.build.maxRssMb.toFixed(0)} MB; ${r.index.files} files, ${mb(r.index.raw)} raw, ${mb(r.index.gzip)} gzip`);
  if (r.pagefindBuild && r.pagefindIndex) out.push(`pagefind build: ${(r.pagefindBuild.ms / 1000).toFixed(1)} s, peak ${r.pagefindBuild.maxRssMb.toFixed(0)} MB; ${r.pagefindIndex.files} files, ${mb(r.pagefindIndex.raw)} raw, ${mb(r.pagefindIndex.gzip)} gzip`);
  out.push('', '| query | hits | cold | repeat | next | first-result bytes raw / gzip | plan recall | pf cold | pf repeat | pf bytes raw / gzip | pf plan recall | pf plans without the words | overlap |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const q of r.queries) {
    const o = q.ours;
    const pf = q.pagefind;
    const pfCols = pf ? [ms(pf.coldMs), ms(pf.repeatMs), `${kb(pf.raw)} / ${kb(pf.gzip)}`, pct(share(pf.plans, q.textTruth)), String([...pf.plans].filter((p) => !q.textTruth.has(p)).length), pct(jaccard(q.ourPlans, pf.plans))] : ['', '', '', '', '', ''];
    out.push(`| ${o.query} | ${o.count} | ${ms(o.coldMs)} | ${ms(o.repeatMs)} | ${ms(o.nextMs)} | ${kb(o.raw)} / ${kb(o.gzip)} | ${pct(share(q.ourPlans, q.truth))} (${q.truth.size}) | ${pfCols.join(' | ')} |`);
  }
  const col = (f: (q: SizeResult['queries'][number]) => number) => r.queries.map(f);
  const ours = { cold: col((q) => q.ours.coldMs), repeat: col((q) => q.ours.repeatMs), next: col((q) => q.ours.nextMs), gz: col((q) => q.ours.gzip), raw: col((q) => q.ours.raw) };
  out.push('', `ours: cold median ${ms(median(ours.cold))} p95 ${ms(p95(ours.cold))}; repeat median ${ms(median(ours.repeat))} p95 ${ms(p95(ours.repeat))}; next query median ${ms(median(ours.next))}; bytes before first results median ${kb(median(ours.raw))} raw, ${kb(median(ours.gz))} gzip (max ${kb(Math.max(...ours.gz))} gzip)`);
  const missed = r.queries.filter((q) => share(q.ourPlans, q.truth) < 1).map((q) => q.ours.query);
  out.push(`every plan containing the query found: ${missed.length === 0 ? 'yes' : `no (${missed.join(', ')})`}`);
  if (r.queries.every((q) => q.pagefind)) {
    const pf = { cold: col((q) => q.pagefind!.coldMs), repeat: col((q) => q.pagefind!.repeatMs), gz: col((q) => q.pagefind!.gzip), raw: col((q) => q.pagefind!.raw) };
    out.push(`pagefind: cold median ${ms(median(pf.cold))} p95 ${ms(p95(pf.cold))}; repeat median ${ms(median(pf.repeat))}; bytes median ${kb(median(pf.raw))} raw, ${kb(median(pf.gz))} gzip`);
    out.push(`ratios ours/pagefind: cold ${ratio(median(ours.cold), median(pf.cold))}, repeat ${ratio(median(ours.repeat), median(pf.repeat))}, bytes raw ${ratio(median(ours.raw), median(pf.raw))}, gzip ${ratio(median(ours.gz), median(pf.gz))}, index size raw ${ratio(r.index.raw, r.pagefindIndex!.raw)}, build time ${ratio(r.build.ms, r.pagefindBuild!.ms)}, build memory ${ratio(r.build.maxRssMb, r.pagefindBuild!.maxRssMb)}`);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]);
  return union.size === 0 ? 1 : [...a].filter((x) => b.has(x)).length / union.size;
}
