import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadMeta } from '../../src/lib/read/load-meta.ts';
import { addPlan, AddPlanError, slugFor } from '../../src/lib/read/meta/add-plan.ts';
import { planYaml } from '../../src/lib/read/meta/plan-yaml.ts';
import { readSource } from '../../src/lib/read/read-source.ts';
import { tempDir } from '../read/temp-dir.ts';

let from = tempDir();
let plans = tempDir();
afterEach(() => {
  from.remove();
  plans.remove();
  from = tempDir();
  plans = tempDir();
});

const NOTICE = `甲政办发〔2022〕8号\n甲市人民政府办公室关于印发\n甲市“十四五”卫生健康事业发展规划的通知\n各县（市、区）人民政府：\n　　现印发给你们。\n甲市人民政府办公室\n2022年3月15日\n甲市“十四五”卫生健康事业发展规划\n　　根据《江南省“十四五”卫生健康事业发展规划》，结合我市实际，编制本规划，以全面提升全市卫生健康服务能力和水平，全方位全周期保障人民健康，推动卫生健康事业高质量发展，满足人民群众的健康需求。\n一、发展目标\n到2025年，每千人口医疗卫生机构床位数达到7.5张。\n`;

describe('add-plan', () => {
  it('copies the plan under a URL-safe id and writes a YAML that validates and matches the text', () => {
    const file = from.write('Jia Shi Plan.txt', NOTICE);
    const result = addPlan(file, plans.dir);
    expect(result.id).toBe('jia-shi-plan');
    expect(readFileSync(result.planPath, 'utf8')).toBe(NOTICE);
    const yaml = readFileSync(result.yamlPath, 'utf8');
    expect(yaml.startsWith('# Pre-filled from the text')).toBe(true);
    expect(parse(yaml)).toEqual({
      region: '甲市',
      province: '江南省',
      level: 'city',
      title: '甲市“十四五”卫生健康事业发展规划',
      period: [2021, 2025],
      issuer: '甲市人民政府办公室',
      date: '2022-03-15',
      docNumber: '甲政办发〔2022〕8号',
      kind: '规划',
      url: null,
    });
    expect(loadMeta(result.yamlPath, 'jia-shi-plan.txt').region).toBe('甲市');
    expect(readSource(result.planPath).meta.title).toBe('甲市“十四五”卫生健康事业发展规划');
    expect(result.missing).toEqual([]);
  });

  it('names what it could not find, and leaves required fields for the editor', () => {
    const file = from.write('plain.md', '到2025年，每千人口医疗卫生机构床位数达到7.5张。\n');
    const result = addPlan(file, plans.dir, 'plain-plan');
    expect(result.filled).toEqual([]);
    expect(result.missing).toContain('region');
    const yaml = readFileSync(result.yamlPath, 'utf8');
    expect(yaml).toContain('region: null # not found — REQUIRED');
    expect(yaml).toContain('issuer: null # not found\n');
    expect(() => loadMeta(result.yamlPath, 'plain-plan.md')).toThrow(/region/u);
  });

  it('gives a Chinese file name an id from its bytes, and never overwrites', () => {
    const file = from.write('甲市规划.txt', NOTICE);
    const id = slugFor(file, Buffer.from(NOTICE));
    expect(id).toMatch(/^plan-[0-9a-f]{8}$/u);
    expect(addPlan(file, plans.dir).id).toBe(id);
    expect(() => addPlan(file, plans.dir)).toThrow(AddPlanError);
  });

  it('rejects an id that is not URL-safe and a format without a reader', () => {
    const file = from.write('a.txt', NOTICE);
    expect(() => addPlan(file, plans.dir, 'Bad Id')).toThrow(/--id/u);
    expect(() => addPlan(from.write('a.xyz', 'x'), plans.dir)).toThrow(/no reader/u);
  });
});

describe('planYaml', () => {
  it('quotes the date and writes the period as a flow list', () => {
    const yaml = planYaml({
      region: '乙县',
      province: null,
      level: 'county',
      title: null,
      period: [2024, 2026],
      issuer: null,
      date: '2024-04-02',
      docNumber: null,
      kind: null,
    });
    expect(yaml).toContain("date: '2024-04-02'\n");
    expect(yaml).toContain('period: [2024, 2026]\n');
    expect(yaml).toContain('province: null # not found\n');
  });
});
