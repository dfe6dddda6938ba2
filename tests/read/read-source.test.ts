import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/read/read-source.ts';
import { tempDir, VALID_META } from './temp-dir.ts';
import { inputFailure } from '../helpers/input-failure.ts';

let temp = tempDir();
afterEach(() => {
  temp.remove();
  temp = tempDir();
});

const failure = inputFailure;

describe('readSource', () => {
  it('builds the source from the text and its metadata', () => {
    const bytes = Buffer.from('\uFEFF到2025年,每千人口床位数7.5张。', 'utf8');
    const path = temp.write('demo-plan.txt', bytes);
    temp.write('demo-plan.yaml', `${VALID_META}date: '2022-03-01'\nnotes: editor only\n`);
    const source = readSource(path);
    expect(source.meta).toEqual({
      id: 'demo-plan',
      file: 'demo-plan.txt',
      region: '测试市',
      province: '测试省',
      level: 'city',
      title: '测试规划',
      period: [2021, 2025],
      issuer: null,
      date: '2022-03-01',
      docNumber: null,
      kind: null,
      url: null,
    });
    expect(Object.keys(source.meta)[0]).toBe('id');
    expect(source.text.startsWith('到2025年')).toBe(true);
    expect(source.encoding).toBe('utf-8-bom');
    expect(source.format).toBe('txt');
    expect(source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('marks Markdown files', () => {
    const path = temp.write('table.md', '| a | b |\n|---|---|\n| 1 | 2 |\n');
    temp.write('table.yaml', VALID_META);
    expect(readSource(path).format).toBe('md');
  });

  it('reports missing metadata against the plan file', () => {
    const error = failure(() => readSource(temp.write('lonely.txt', '正文')));
    expect(error.code).toBe('metadata-missing');
    expect(error.file).toBe('lonely.txt');
    expect(error.message).toContain('lonely.yaml');
  });

  it('reports YAML syntax errors with the file and line', () => {
    const path = temp.write('broken.txt', '正文');
    temp.write('broken.yaml', 'region: 测试市\nlevel: [city\nperiod: [2021, 2025]\n');
    const error = failure(() => readSource(path));
    expect(error.code).toBe('metadata-invalid');
    expect(error.file).toBe('broken.yaml');
    expect(error.message).toMatch(/^broken\.yaml: not valid YAML at line \d+/);
  });

  it('names the file and each offending field on a schema violation', () => {
    const path = temp.write('wrong.txt', '正文');
    temp.write('wrong.yaml', 'region: 测试市\nlevel: town\nperiod: [2025, 2021]\ntitel: 错字\n');
    const error = failure(() => readSource(path));
    expect(error.code).toBe('metadata-invalid');
    expect(error.message).toContain('wrong.yaml');
    expect(error.message).toContain('field "level"');
    expect(error.message).toContain('field "period"');
    expect(error.message).toContain('unknown field "titel"');
  });

  it('says which required field is missing and rejects impossible dates', () => {
    const path = temp.write('partial.txt', '正文');
    temp.write('partial.yaml', "region: 测试市\nperiod: [2021, 2025]\ndate: '2022-02-30'\n");
    const { message } = failure(() => readSource(path));
    expect(message).toContain('field "level": is required but missing');
    expect(message).toContain('field "date"');
  });
});
