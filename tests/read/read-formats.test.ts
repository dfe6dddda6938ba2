import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';
import { tempDir, VALID_META } from './temp-dir.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/read');
let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

describe('loadCorpus with published formats', () => {
  it('reads .html and .docx plans through their readers, and reports a .doc by name', () => {
    copyFileSync(join(FIXTURES, 'html/portal-table.html'), join(temp.dir, 'page.html'));
    copyFileSync(join(FIXTURES, 'docx/numbered.docx'), join(temp.dir, 'word.docx'));
    copyFileSync(join(FIXTURES, 'docx/legacy.doc'), join(temp.dir, 'old.doc'));
    for (const id of ['page', 'word', 'old']) temp.write(`${id}.yaml`, VALID_META);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources.map((s) => [s.meta.id, s.format, s.grids.length])).toEqual([
      ['page', 'html', 1],
      ['word', 'docx', 1],
    ]);
    expect(sources[0]?.setApart).toMatchObject({ chrome: 7, 'meta-box': 1 });
    expect(sources[1]?.setApart).toEqual({ header: 1, footer: 1 });
    expect(sources[1]?.text).toContain('一、总体要求');
    expect(problems.map((p) => [p.file, p.code])).toEqual([['old.doc', 'legacy-format']]);
    expect(problems[0]?.message).toContain('save it as .docx');
  });
});
