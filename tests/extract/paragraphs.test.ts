import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { readSource } from '../../src/lib/read/read-source.ts';
import { nullLexicon } from './null-lexicon.ts';

const root = join(import.meta.dirname, '../fixtures/extract');

describe('paragraphs', () => {
  for (const name of readdirSync(root).sort()) {
    it(`${name}: cover every character that is not white space, in order, without overlap`, () => {
      const source = readSource(join(root, name, existsSync(join(root, name, 'input.md')) ? 'input.md' : 'input.txt'));
      const { paragraphs } = extractPlan(source, nullLexicon);
      const covered = new Uint8Array(source.text.length);
      let last = 0;
      for (const p of paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(last);
        covered.fill(1, p.start, p.end);
        last = p.end;
      }
      // by UTF-16 index, as offsets are (an emoji is two of them)
      const lost = source.text.split('').filter((ch, i) => !covered[i] && !/\s/u.test(ch));
      expect(lost.join('')).toBe('');
    });
  }

  it('keeps a table in one paragraph and gives each line of text its own', () => {
    const source = readSource(join(root, 'pipe-table', 'input.txt'));
    const { paragraphs } = extractPlan(source, nullLexicon);
    const tables = paragraphs.filter((p) => p.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(source.text.slice(tables[0]!.start, tables[0]!.end).split('\n')).toHaveLength(5);
    expect(
      paragraphs.filter((p) => p.kind !== 'table').every((p) => !source.text.slice(p.start, p.end).includes('\n')),
    ).toBe(true);
  });
});
