import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportSource } from '../../src/lib/export/report-types.ts';
import { writeExport } from '../../src/lib/export/write-export.ts';
import { extraction } from './fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'planatlas-texts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const web = extraction('web');
web.plan = { ...web.plan, file: 'web.html', format: 'html' };
// the reader's and the reading view's counts together, as extractPlan adds them
web.setApart = { chrome: 5, 'meta-box': 1, 'page-number': 2, script: 3 };
const sources: ExportSource[] = [
  {
    meta: { id: 'web' },
    text: '一、目标\n床位数\t7.5\n',
    format: 'html',
  },
  { meta: { id: 'plain' }, text: '到2025年，床位数达到7.5张。', format: 'txt' },
  { meta: { id: 'failed' }, text: 'not extracted', format: 'txt' },
];

describe('writeExport with the plans as read', () => {
  const out = join(root, 'out');
  const written = writeExport(out, [web, extraction('plain')], [], { sources });

  it('writes the text every record indexes as texts/<plan id>.txt, for every extracted plan', () => {
    expect(readFileSync(join(out, 'texts', 'web.txt'), 'utf8')).toBe('一、目标\n床位数\t7.5\n');
    expect(readFileSync(join(out, 'texts', 'plain.txt'), 'utf8')).toBe('到2025年，床位数达到7.5张。');
    expect(existsSync(join(out, 'texts', 'failed.txt'))).toBe(false);
    expect(written).toContain('texts/web.txt');
  });

  it('says per plan which reader read it and what it set apart, with counts', () => {
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      plans: { id: string; reader: string; setApart: Record<string, number> }[];
    };
    expect(report.plans.map((p) => [p.id, p.reader, p.setApart])).toEqual([
      ['plain', 'txt', {}],
      ['web', 'html', { chrome: 5, 'meta-box': 1, 'page-number': 2, script: 3 }],
    ]);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('- web (web.html): read as HTML; set apart: chrome 5, meta-box 1, page-number 2, script 3');
    expect(md).toMatch(/- plain \(.*\): read as plain text; set apart: nothing/);
  });
});
