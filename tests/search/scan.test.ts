import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/read/decode.ts';
import { pairTerm, scanTerms } from '../../src/lib/search/build/scan.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';
import { ROOT } from './memory-index.ts';

/** The build's scanner, its terms deduplicated in first-seen order, as tokenize() gives them. */
function scanned(text: string): string[] {
  const seen = new Set<string>();
  scanTerms(text, { pair: (key) => seen.add(pairTerm(key)), other: (term) => seen.add(term) });
  return [...seen];
}

describe('the build scanner', () => {
  it('cuts every line of the project plans exactly as tokenize()', () => {
    const dir = join(ROOT, 'content', 'plans');
    let lines = 0;
    for (const file of readdirSync(dir).filter((f) => !f.endsWith('.yaml'))) {
      const { text } = decodeBytes(readFileSync(join(dir, file)), file);
      for (const line of text.split('\n')) {
        expect(scanned(line), line).toEqual(tokenize(line));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });

  it('agrees on edge cases: full-width forms, decimals, Latin, rare and astral Han, lone surrogates', () => {
    for (const text of [
      '７．５％',
      '7.50张 7.5.3 0.0 10. .5',
      'ICU床位 abc123def',
      '〇一二 々',
      '𠀀𠀁中 中𠀀',
      '托\ud800位',
      '高血压、糖尿病',
      '①②',
      '㎡',
      'Ⅲ级',
      '  ',
      '床',
    ]) {
      expect(scanned(text), text).toEqual(tokenize(text));
    }
  });
});
