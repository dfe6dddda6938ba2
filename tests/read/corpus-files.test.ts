import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/read/load-corpus.ts';
import { tempDir, VALID_META } from './temp-dir.ts';

let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

const codes = (problems: { code: string; file: string }[]) => problems.map((p) => [p.file, p.code]);

describe('loadCorpus: files that are not plain plan files', () => {
  it('follows a symbolic link to a plan, reports a dangling one and a linked folder', () => {
    temp.write('real.txt', '甲规划正文');
    temp.write('real.yaml', VALID_META);
    symlinkSync(join(temp.dir, 'real.txt'), join(temp.dir, 'linked.txt'));
    temp.write('linked.yaml', VALID_META);
    symlinkSync(join(temp.dir, 'gone.txt'), join(temp.dir, 'dangling.txt'));
    temp.write('dangling.yaml', VALID_META);
    mkdirSync(join(temp.dir, 'elsewhere'));
    symlinkSync(join(temp.dir, 'elsewhere'), join(temp.dir, 'loop'));
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources.map((s) => s.meta.id)).toEqual(['linked', 'real']);
    expect(sources[0]?.text).toBe('甲规划正文');
    expect(codes(problems)).toEqual([
      ['dangling.txt', 'symlink-dangling'],
      ['loop', 'symlink-folder'],
      ['dangling.yaml', 'source-missing'],
    ]);
    expect(problems[0]?.message).toMatch(/^dangling\.txt: symbolic link to .*gone\.txt, which does not exist/);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('reads plans in subfolders, with the folder in the id and the path as file', () => {
    mkdirSync(join(temp.dir, 'hubei', 'wuhan'), { recursive: true });
    temp.write('hubei/wuhan/jingkai.txt', '经开区规划');
    temp.write('hubei/wuhan/jingkai.yaml', VALID_META);
    temp.write('top.md', '# 规划');
    temp.write('top.yaml', VALID_META);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(problems).toEqual([]);
    expect(sources.map((s) => [s.meta.id, s.meta.file])).toEqual([
      ['hubei-wuhan-jingkai', 'hubei/wuhan/jingkai.txt'],
      ['top', 'top.md'],
    ]);
  });

  // Permissions do not bind root, so the case can only be made as another user.
  it.skipIf(process.getuid?.() === 0)('reports a subfolder it cannot list and reads the rest', () => {
    mkdirSync(join(temp.dir, 'locked'));
    temp.write('locked/a.txt', '正文');
    temp.write('b.txt', '正文');
    temp.write('b.yaml', VALID_META);
    chmodSync(join(temp.dir, 'locked'), 0o000);
    try {
      const { sources, problems } = loadCorpus(temp.dir);
      expect(sources.map((s) => s.meta.id)).toEqual(['b']);
      expect(codes(problems)).toEqual([['locked/', 'unreadable']]);
    } finally {
      chmodSync(join(temp.dir, 'locked'), 0o755);
    }
  });

  it('reports a subfolder plan whose metadata is missing by its path', () => {
    mkdirSync(join(temp.dir, 'sub'));
    temp.write('sub/a.txt', '正文');
    const { problems } = loadCorpus(temp.dir);
    expect(codes(problems)).toEqual([['sub/a.txt', 'metadata-missing']]);
    expect(problems[0]?.message).toContain('sub/a.yaml');
  });

  it('mentions a folder without plan files once, and a stray file beside plans', () => {
    mkdirSync(join(temp.dir, 'gold'));
    temp.write('gold/a.json', '{}');
    temp.write('gold/b.json', '{}');
    temp.write('a.txt', '正文');
    temp.write('a.yaml', VALID_META);
    temp.write('notes.rtf', '{\\rtf1}');
    temp.write('b.rtf', '{\\rtf1}');
    temp.write('b.yaml', VALID_META);
    temp.write('.DS_Store', 'x');
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources.map((s) => s.meta.id)).toEqual(['a']);
    expect(problems.map((p) => [p.file, p.code, p.severity])).toEqual([
      ['b.rtf', 'format-unknown', 'error'],
      ['notes.rtf', 'not-a-plan', 'warning'],
      ['gold/', 'no-plans', 'warning'],
    ]);
  });

  it('reports a subfolder plan whose id another plan already has', () => {
    mkdirSync(join(temp.dir, 'a'));
    temp.write('a/b.txt', '正文');
    temp.write('a/b.yaml', VALID_META);
    temp.write('a-b.txt', '正文');
    temp.write('a-b.yaml', VALID_META);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources.map((s) => s.meta.file)).toEqual(['a-b.txt']);
    expect(problems.map((p) => p.message)).toEqual(['a/b.txt: same plan id "a-b" as a-b.txt; rename one of them']);
  });

  it('gives names with "#", "?", spaces or Han characters a slug id and keeps the name as file', () => {
    temp.write('plan #1?.txt', '正文');
    temp.write('plan #1?.yaml', VALID_META);
    temp.write('武汉 规划.txt', '正文');
    temp.write('武汉 规划.yaml', VALID_META);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(problems).toEqual([]);
    const ids = sources.map((s) => s.meta.id);
    expect(ids[0]).toMatch(/^plan-1-[0-9a-f]{8}$/);
    expect(ids[1]).toMatch(/^plan-[0-9a-f]{8}$/);
    expect(sources.map((s) => s.meta.file)).toEqual(['plan #1?.txt', '武汉 规划.txt']);
    expect(loadCorpus(temp.dir).sources.map((s) => s.meta.id)).toEqual(ids);
  });

  it('reports bad bytes as a warning with their position and still reads the plan', () => {
    const text = new TextEncoder().encode('一、总体要求\n到2025年，每千人口床位数达到7.5张');
    temp.write('cut.txt', text.subarray(0, text.length - 1));
    temp.write('cut.yaml', VALID_META);
    expect(text.length - 3).toBe(62);
    const { sources, problems } = loadCorpus(temp.dir);
    expect(sources[0]?.text.endsWith('\uFFFD')).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'cut.txt', code: 'bad-bytes', severity: 'warning', line: 2 });
    expect(problems[0]?.message).toMatch(
      /^cut\.txt: the file ends in the middle of a character .*2 bytes at byte 62 are not valid utf-8/,
    );
  });
});
