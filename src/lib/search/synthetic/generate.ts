import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { OutlineEntry } from '../../types.ts';
import { PROVINCES, regionName } from './names.ts';
import { pick, seeded } from './random.ts';
import { variant, type BasePlan } from './variant.ts';

/** The real plans the corpus is made from, with their top-level section offsets from an extraction. */
export function readBasePlans(contentDir: string, outline: readonly (OutlineEntry & { plan: string })[]): BasePlan[] {
  return readdirSync(contentDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.yaml'.length);
      const meta = parse(readFileSync(join(contentDir, f), 'utf8')) as BasePlan['meta'];
      const textFile = readdirSync(contentDir).find((t) => t.startsWith(`${id}.`) && !t.endsWith('.yaml'))!;
      const text = readFileSync(join(contentDir, textFile), 'utf8').replace(/^\uFEFF/u, '');
      return { meta, text, sections: outline.filter((o) => o.plan === id && o.depth === 1).map((o) => o.start) };
    });
}

/** Writes `count` plans (text and metadata) into `outDir`, replacing what was there. */
export function generateCorpus(bases: readonly BasePlan[], count: number, outDir: string, seed = 20250101): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const random = seeded(seed);
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const region = regionName(random, used);
    const province = pick(random, PROVINCES);
    const { text, title } = variant(base, region, province, random);
    const id = `syn-${String(i).padStart(5, '0')}`;
    const { notes: _notes, ...meta } = base.meta;
    writeFileSync(join(outDir, `${id}.txt`), text);
    writeFileSync(
      join(outDir, `${id}.yaml`),
      stringify({ ...meta, region, province, title, docNumber: null, url: null }),
    );
  }
}
