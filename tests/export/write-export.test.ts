import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../src/lib/export/write-export.ts';
import type { Issue, PlanExtraction } from '../../src/lib/types.ts';
import { extraction, indicator, issue, unit } from './fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'planatlas-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const results: PlanExtraction[] = [
  extraction('zeta', {
    issues: [issue('zeta', 'warning', 'unparsed-cell', 50), issue('zeta', 'info', 'repair-permille', 12)],
  }),
  extraction('alpha', {
    indicators: [indicator('alpha', 9, { indicator: null, name: '家庭医生签约率', unit: '%', source: 'text' })],
    units: [unit('alpha', 30, { redacted: true, name: '市 (略)' }), unit('alpha', 3)],
    issues: [issue('alpha', 'warning', 'unparsed-cell', 8), issue('alpha', 'warning', 'redacted-unit', 30)],
  }),
];
const problems: Issue[] = [issue('broken', 'error', 'binary')];

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

describe('writeExport', () => {
  const first = join(root, 'first');
  const second = join(root, 'second');
  const written = writeExport(first, results, problems);
  writeExport(
    second,
    [...results].reverse().map((r) => ({ ...r, indicators: [...r.indicators].reverse() })),
    problems,
  );
  const files = snapshot(first);

  it('writes the JSON, CSV and report files', () => {
    expect(Object.keys(files)).toEqual([
      'indicators.csv',
      'indicators.json',
      'issues.json',
      'outline.json',
      'paragraphs.json',
      'plans.csv',
      'plans.json',
      'report.json',
      'report.md',
      'tables.json',
      'tasks.csv',
      'tasks.json',
      'units.csv',
      'units.json',
    ]);
    expect([...written].sort()).toEqual(Object.keys(files));
  });

  it('gives identical bytes whatever the input order', () => {
    expect(snapshot(second)).toEqual(files);
  });

  it('sorts records by plan then offset and keeps the contract key order', () => {
    const indicators = JSON.parse(files['indicators.json'] ?? '') as { plan: string; start: number }[];
    expect(indicators.map((i) => `${i.plan}@${i.start}`)).toEqual(['alpha@9', 'zeta@5', 'zeta@40']);
    expect(Object.keys(indicators[0] ?? {}).slice(0, 4)).toEqual(['id', 'plan', 'name', 'indicator']);
    expect(files['plans.json']?.endsWith('}\n]\n')).toBe(true);
    expect(files['plans.json']).toMatch(/^\[\n {2}\{\n {4}"id": "alpha",/);
  });

  it('collects read problems and extraction issues in issues.json', () => {
    const issues = JSON.parse(files['issues.json'] ?? '') as Issue[];
    expect(issues.map((i) => i.code)).toEqual([
      'unparsed-cell',
      'redacted-unit',
      'binary',
      'repair-permille',
      'unparsed-cell',
    ]);
  });

  it('writes CSV with a BOM and list cells joined by 、', () => {
    expect(files['tasks.csv']?.startsWith('\uFEFFid,plan,title,path,')).toBe(true);
    expect(files['tasks.csv']).toContain('三、主要任务、(一)总体');
  });

  it('reports counts, repairs, warnings with positions and unmapped names', () => {
    const report = JSON.parse(files['report.json'] ?? '') as {
      plans: { id: string; indicators: { table: number; text: number }; units: { redacted: number } }[];
      repairs: { code: string; position: string }[];
      warnings: { code: string; count: number }[];
      notes: { code: string }[];
      unmapped: { name: string; count: number }[];
      errors: { code: string }[];
    };
    expect(report.plans.map((p) => [p.id, p.indicators.table, p.indicators.text, p.units.redacted])).toEqual([
      ['alpha', 0, 1, 1],
      ['zeta', 2, 0, 0],
    ]);
    expect(report.repairs).toMatchObject([{ code: 'repair-permille', position: '3:7' }]);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'unparsed-cell', count: 2 })]);
    expect(report.notes.map((n) => n.code)).toEqual(['redacted-unit']);
    expect(report.unmapped).toEqual([{ name: '家庭医生签约率', count: 1, units: ['%'], plans: ['alpha'] }]);
    expect(report.errors.map((e) => e.code)).toEqual(['binary']);
    expect(files['report.md']).toContain('| 家庭医生签约率 | 1 | % | alpha |');
    expect(files['report.md']).toContain('### unparsed-cell (2)');
  });
});
