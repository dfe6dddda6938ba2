import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';
import { tempDir, VALID_META } from './temp-dir.ts';

let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

describe('loadCorpus', () => {
  it('reads every good plan and reports each bad file as an error', () => {
    temp.write('b-good.txt', '乙规划正文');
    temp.write('b-good.yaml', VALID_META);
    temp.write('a-good.md', '# 甲规划');
    temp.write('a-good.yaml', VALID_META);
    temp.write('c-empty.txt', '');
    temp.write('c-empty.yaml', VALID_META);
    temp.write('d-binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    temp.write('d-binary.yaml', VALID_META);
    temp.write('e-nometa.txt', '无元数据');
    temp.write('f-badmeta.txt', '正文');
    temp.write('f-badmeta.yaml', 'region: [\n');
    temp.write('g-orphan.yaml', VALID_META);
    temp.write('notes.pdf', 'not a PDF at all');
    temp.write('notes.rtf', 'ignored');

    const { sources, problems } = loadCorpus(temp.dir);

    expect(sources.map((s) => s.meta.id)).toEqual(['a-good', 'b-good']);
    expect(sources[0]?.format).toBe('md');
    expect(problems.map((p) => [p.plan, p.code])).toEqual([
      ['c-empty', 'empty'],
      ['d-binary', 'binary'],
      ['e-nometa', 'metadata-missing'],
      ['f-badmeta', 'metadata-invalid'],
      ['notes', 'pdf-damaged'],
      ['g-orphan', 'source-missing'],
      [null, 'not-a-plan'],
    ]);
    expect(problems.at(-1)?.severity).toBe('warning');
    for (const problem of problems.slice(0, -1)) {
      expect(problem.severity).toBe('error');
      expect(problem.message).toContain(problem.file);
      expect(problem.message.startsWith(problem.plan ?? '?')).toBe(true);
    }
  });

  it('reports two texts claiming the same plan id', () => {
    temp.write('same.txt', '一');
    temp.write('same.md', '二');
    temp.write('same.yaml', VALID_META);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources.map((s) => s.meta.file)).toEqual(['same.md']);
    expect(problems.map((p) => p.code)).toEqual(['duplicate-id']);
  });

  it('reports a missing directory instead of throwing', () => {
    const { sources, problems } = loadCorpus(`${temp.dir}/nowhere`);
    expect(sources).toEqual([]);
    expect(problems[0]?.code).toBe('unreadable');
  });
});
