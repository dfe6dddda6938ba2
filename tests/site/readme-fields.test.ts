import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataReadme, RECORD_FILES } from '../../src/lib/site/zip/readme.ts';

const exportDir = join(import.meta.dirname, '..', 'fixtures', 'site', 'export');

describe('README of the full-data download', () => {
  it('describes every field of every records file, and no field that is not there', () => {
    for (const [file, , docs] of RECORD_FILES) {
      const rows = JSON.parse(readFileSync(join(exportDir, `${file}.json`), 'utf8')) as Record<string, unknown>[];
      expect(Object.keys(docs), file).toEqual(Object.keys(rows[0]!));
    }
  });

  it('says how to cite, with the 文号 form and the reference standard', () => {
    const readme = dataReadme('2026-07-01', 'https://intranet.example/');
    expect(readme).toContain('GB/T 7714—2025');
    expect(readme).toContain('（甲政办发〔2022〕8号）提出');
    expect(readme).toContain('| `quote` |');
  });

  it('says what is in each folder: records as JSON only, the cited tables as CSV', () => {
    const readme = dataReadme('2026-07-01', 'https://intranet.example/');
    for (const [file] of RECORD_FILES) expect(readme).toContain(`## records/${file}.json：`);
    expect(readme).not.toMatch(/records\/\w+\.csv|\.json \/ /u);
    expect(readme).toContain('`records/` 只提供 JSON');
    expect(readme).toContain('`tables/` 下是带“引用表述”和“参考文献”列的目标表');
  });
});
