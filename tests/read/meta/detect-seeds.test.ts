import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeBytes } from '../../../src/lib/read/decode.ts';
import { detectMeta } from '../../../src/lib/read/detect-meta.ts';

const FIELDS = ['title', 'issuer', 'date', 'docNumber'] as const;
const DIRS = ['content/plans', '../shared/samples'];

function plainTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => join(dir, f));
}

/**
 * The seeds' and samples' YAML is the truth for what each text states: every detected field
 * equals the YAML's value, and a field the YAML leaves null is never invented.
 */
describe('detectMeta on the seeds and samples', () => {
  for (const path of DIRS.flatMap(plainTexts)) {
    it(path, () => {
      const meta = parse(readFileSync(path.replace(/\.(txt|md)$/u, '.yaml'), 'utf8')) as Record<string, unknown>;
      const detected = detectMeta(decodeBytes(readFileSync(path)).text);
      for (const field of FIELDS) {
        const value = detected[field];
        if (value === null) continue;
        expect(value?.replace(/\s+/gu, ' '), field).toBe(String(meta[field]).replace(/\s+/gu, ' '));
      }
    });
  }

  it('finds everything the samples state, including the GBK one', () => {
    for (const name of ['sample_yunxi.txt', 'sample_shiquan.md']) {
      const path = join('../shared/samples', name);
      const meta = parse(readFileSync(path.replace(/\.(txt|md)$/u, '.yaml'), 'utf8')) as Record<string, unknown>;
      expect(detectMeta(decodeBytes(readFileSync(path)).text)).toEqual({
        title: meta.title,
        issuer: meta.issuer,
        date: meta.date,
        docNumber: meta.docNumber,
      });
    }
  });

  it('states nothing for a text that opens with its preamble', () => {
    const text = decodeBytes(readFileSync('content/plans/xiangtan-healthy-city-2017-2030.txt')).text;
    expect(detectMeta(text)).toEqual({ title: null, issuer: null, date: null, docNumber: null });
  });
});
