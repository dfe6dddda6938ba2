import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { readSource } from '../../src/lib/read/read-source.ts';
import type { PlanExtraction } from '../../src/lib/types.ts';
import { nullLexicon } from './null-lexicon.ts';

/**
 * Fixture folders: input.txt (+ input.yaml) → expected.json. Run with UPDATE_FIXTURES=1 to
 * write the expectations anew, then read the diff before committing it.
 */
const root = join(import.meta.dirname, '../fixtures/extract');
const update = process.env.UPDATE_FIXTURES === '1';

function project(x: PlanExtraction) {
  // a conflict is shown by the other records' words, which read better than their ids
  const said = new Map(x.indicators.map((t) => [t.id, `${t.name} ${t.valueText} (${t.year})`]));
  return {
    encoding: x.plan.encoding,
    outline: x.outline.map((o) => `${'  '.repeat(o.depth - 1)}${o.numbering}${o.title}`),
    targets: x.indicators.map((t) => ({
      name: t.name,
      unit: t.unit,
      year: t.year,
      op: t.op,
      value: t.value,
      valueText: t.valueText,
      source: t.source,
      baseline: t.baselineValue,
      category: t.category,
      attribute: t.attribute,
      quote: t.quote,
      repairs: t.repairs,
      yearly: t.yearly,
      conflict: t.conflict.map((id) => said.get(id) ?? id),
      uncertain: t.uncertain,
    })),
    tasks: x.tasks.map((t) => ({ title: t.title, path: t.path, lead: t.lead, partners: t.partners, quote: t.quote })),
    issues: [...new Set(x.issues.map((i) => i.code))].sort(),
  };
}

describe('extraction fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const source = readSource(join(root, name, existsSync(join(root, name, 'input.md')) ? 'input.md' : 'input.txt'));
      const result = extractPlan(source, nullLexicon);
      for (const r of [...result.indicators, ...result.tasks, ...result.units]) {
        expect(source.text.slice(r.start, r.end)).toBe(r.quote);
      }
      // deterministic: a second run gives the same records, ids included
      expect(JSON.stringify(extractPlan(source, nullLexicon))).toBe(JSON.stringify(result));
      const actual = project(result);
      const file = join(root, name, 'expected.json');
      if (update || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
