import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/read/load-corpus.ts';
import { readSource } from '../../../src/lib/read/read-source.ts';
import { tempDir, VALID_META } from '../temp-dir.ts';

const fixtures = 'tests/fixtures/read/pdf';
let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

describe('PDF plans in the corpus', () => {
  it('reads a PDF plan next to text plans; a broken PDF is reported and affects nothing else', () => {
    copyFileSync(join(fixtures, 'table-merged.pdf'), join(temp.dir, 'a-print.pdf'));
    temp.write('a-print.yaml', VALID_META);
    copyFileSync(join(fixtures, 'encrypted.pdf'), join(temp.dir, 'b-locked.pdf'));
    temp.write('b-locked.yaml', VALID_META);
    temp.write('c-text.txt', '到2025年，床位数达到7.5张。');
    temp.write('c-text.yaml', VALID_META);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources.map((s) => [s.meta.id, s.format])).toEqual([
      ['a-print', 'pdf'],
      ['c-text', 'txt'],
    ]);
    expect(problems.map((p) => [p.plan, p.code])).toEqual([['b-locked', 'pdf-encrypted']]);
    const pdf = sources[0]!;
    expect(pdf.encoding).toBe('utf-8');
    expect(pdf.grids[0]?.origin).toBe('pdf');
    expect(pdf.pages).toEqual([{ page: 1, start: 0, end: pdf.text.length }]);
    expect(pdf.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
  });

  const sample = '../shared/samples/sample_shiquan_print.pdf';
  it.skipIf(!existsSync(sample))(
    'reads the word processor sample: every gold quote in the text, the indicator table as a grid',
    () => {
      const source = readSource(sample);
      const gold = JSON.parse(readFileSync('../shared/samples/gold/sample_shiquan_print.json', 'utf8')) as {
        indicators: { quote: string }[];
        tasks: { quote: string }[];
      };
      const flat = source.text.replace(/\s+/gu, '');
      // as the scorer compares: whitespace aside (table rows are pipe rows in both)
      const missing = [...gold.indicators, ...gold.tasks]
        .map((g) => g.quote.replace(/\s+/gu, ''))
        .filter((q) => !flat.includes(q));
      expect(missing).toEqual([]);
      const [grid] = source.grids;
      expect(grid?.rows).toHaveLength(15);
      expect(grid?.rows[0]?.map((c) => c.text)).toEqual([
        '类别',
        '指标',
        '单位',
        '2023年基期值',
        '2026年目标值',
        '属性',
      ]);
      expect(grid?.rows.map((r) => r[0]?.text)).toEqual([
        '类别',
        ...Array(2).fill('服务利用'),
        ...Array(2).fill('服务能力'),
        ...Array(4).fill('人才队伍'),
        ...Array(6).fill('健康管理'),
      ]);
      expect(grid?.rows[6]?.slice(1).map((c) => c.text)).toEqual([
        '每千常住人口执业（助理）医师数（人）',
        '',
        '2.41',
        '2.85',
        '预期性',
      ]);
      expect(source.pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(source.text).toContain('责任单位：县卫生健康局（牵头），县疾病预防控制中心');
    },
  );
});
