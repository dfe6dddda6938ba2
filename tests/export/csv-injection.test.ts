import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../src/lib/export/csv-cell.ts';
import { csvField, toCsv } from '../../src/lib/export/csv.ts';
import { runExtract } from '../../src/lib/export/run-extract.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';

describe('neutraliseFormula', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+区财政局', "'+区财政局"],
    ['-区卫健局', "'-区卫健局"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n@x', "'\n@x"],
    [' =HYPERLINK("http://x")', '\' =HYPERLINK("http://x")'],
  ])('prefixes %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it.each(['市卫生健康委', '7.5', '-5', '+3', '-2.5%', '1e3', '≥90%', '＝全角', '', 'a=b', '2021-2025'])(
    'leaves %j alone',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );

  it('still prefixes a formula that starts like a number', () => {
    expect(neutraliseFormula("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutraliseFormula('+1-1')).toBe("'+1-1");
  });
});

describe('csvField', () => {
  it('writes numbers as numbers and quotes after prefixing', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(3)).toBe('3');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField(['-甲', '乙'])).toBe("'-甲、乙");
  });

  it('serves toCsv, header and rows', () => {
    const csv = toCsv([{ a: '=1+1', b: -0.5 }], ['a', 'b']);
    expect(csv).toBe("\uFEFFa,b\r\n'=1+1,-0.5\r\n");
  });
});

describe('the CLI export', () => {
  const root = mkdtempSync(join(tmpdir(), 'planatlas-inject-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a responsibility clause "牵头单位:=cmd|…" into units.csv as text', async () => {
    const plans = join(root, 'plans');
    mkdirSync(plans);
    const text = [
      '一、重点任务',
      '（一）加强卫生体系建设',
      "1.完善医疗服务网络，提升基层能力。（牵头单位:=cmd|' /C calc'!A0；配合单位：@SUM(A1)、+区财政局）",
      '',
    ].join('\n');
    writeFileSync(join(plans, 'inj.txt'), text);
    writeFileSync(join(plans, 'inj.yaml'), 'region: 测试区\nlevel: district\nperiod: [2021, 2025]\n');
    const out = join(root, 'out');
    const options = { plans, out, lexicon: 'content/lexicon', strict: false, quiet: true };
    const run = await runExtract(options, { extractPlan, loadLexicon, error: () => {} });
    expect(run.exitCode).toBe(0);
    const units = readFileSync(join(out, 'units.csv'), 'utf8');
    const cells = units.split('\r\n').flatMap((line) => line.split(','));
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain("'+区财政局");
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
    // The JSON keeps the quote verbatim: only the spreadsheet view is neutralised.
    const json = JSON.parse(readFileSync(join(out, 'units.json'), 'utf8')) as { quote: string }[];
    expect(json.map((u) => u.quote)).toContain("=cmd|' /C calc'!A0");
  });
});
