/**
 * The site fixture with a province plan (测试省) and an earlier plan of 甲市 added, so the
 * workbench has a level above and a last plan to show. Written to a fresh folder per run;
 * records are located by their quote so their offsets are exact.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/lib/read/read-source.ts';
import type { IndicatorRecord, PlanRecord } from '../../src/lib/types.ts';
import { fixtureParagraphs } from '../fixtures/site/fixture-paragraphs.ts';
import { FIXTURE, ROOT } from './build-site.ts';

interface Extra {
  id: string;
  meta: string;
  text: string;
  targets: (Pick<IndicatorRecord, 'indicator' | 'name' | 'unit' | 'year' | 'op' | 'value' | 'valueText'> & {
    quote: string;
  })[];
}

export const SHENG = 'fixture-sheng-2021-2025';
export const JIA_OLD = 'fixture-jia-2016-2020';

const EXTRA: Extra[] = [
  {
    id: SHENG,
    meta: "region: 测试省\nprovince: 测试省\nlevel: province\ntitle: 测试省“十四五”卫生健康规划\nperiod: [2021, 2025]\nissuer: 测试省人民政府\ndate: '2021-12-01'\ndocNumber: null\nkind: 规划\nurl: null\n",
    text: '测试省“十四五”卫生健康规划\n\n一、主要目标\n\n到2025年，全省孕产妇死亡率控制在12/10万以下，每千人口医疗卫生机构床位数达到7张。\n',
    targets: [
      {
        quote: '孕产妇死亡率控制在12/10万以下',
        indicator: 'maternal-mortality',
        name: '孕产妇死亡率',
        unit: '/10万',
        year: 2025,
        op: '<=',
        value: 12,
        valueText: '12/10万以下',
      },
      {
        quote: '每千人口医疗卫生机构床位数达到7张',
        indicator: 'beds-per-1000',
        name: '每千人口医疗卫生机构床位数',
        unit: '张',
        year: 2025,
        op: '=',
        value: 7,
        valueText: '7张',
      },
    ],
  },
  {
    id: JIA_OLD,
    meta: "region: 甲市\nprovince: 测试省\nlevel: city\ntitle: 甲市“十三五”卫生计生事业发展规划\nperiod: [2016, 2020]\nissuer: 甲市人民政府\ndate: '2017-02-01'\ndocNumber: null\nkind: 规划\nurl: null\n",
    text: '甲市“十三五”卫生计生事业发展规划\n\n一、发展目标\n\n到2020年，孕产妇死亡率控制在14/10万以下。\n',
    targets: [
      {
        quote: '孕产妇死亡率控制在14/10万以下',
        indicator: 'maternal-mortality',
        name: '孕产妇死亡率',
        unit: '/10万',
        year: 2020,
        op: '<=',
        value: 14,
        valueText: '14/10万以下',
      },
    ],
  },
];

/** Writes the enlarged library and returns its export and content folders. */
export function workbenchLibrary(): { data: string; content: string } {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'workbench-library-'));
  const data = join(dir, 'export');
  const content = join(dir, 'plans');
  cpSync(join(FIXTURE, 'export'), data, { recursive: true });
  cpSync(join(FIXTURE, 'content', 'plans'), content, { recursive: true });
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(data, name), 'utf8')) as T;
  const write = (name: string, value: unknown) => writeFileSync(join(data, name), JSON.stringify(value));
  const plans = read<PlanRecord[]>('plans.json');
  const indicators = read<IndicatorRecord[]>('indicators.json');
  const paragraphs = read<object[]>('paragraphs.json');
  const report = read<{ plans: object[] }>('report.json');
  const model = indicators.find((r) => r.id === 'fixture-jia-2021-2025-i2')!;
  for (const extra of EXTRA) {
    writeFileSync(join(content, `${extra.id}.txt`), extra.text);
    writeFileSync(join(content, `${extra.id}.yaml`), extra.meta);
    const source = readSource(join(content, `${extra.id}.txt`));
    const plan = {
      ...source.meta,
      sha256: source.sha256,
      encoding: source.encoding,
      format: source.format,
      length: source.text.length,
    };
    plans.push(plan as PlanRecord);
    extra.targets.forEach(({ quote, ...t }, n) => {
      const start = source.text.indexOf(quote);
      indicators.push({
        ...model,
        ...t,
        id: `${extra.id}-i${n + 1}`,
        plan: extra.id,
        attribute: null,
        parentValue: null,
        baselineValue: null,
        baselineYear: null,
        quote,
        start,
        end: start + quote.length,
      });
    });
    paragraphs.push(...fixtureParagraphs(source.text).map((p) => ({ ...p, plan: extra.id })));
    report.plans.push({ ...report.plans[1]!, id: extra.id, file: plan.file, title: plan.title, length: plan.length });
  }
  write('plans.json', plans);
  write('indicators.json', indicators);
  write('paragraphs.json', paragraphs);
  write('report.json', report);
  return { data, content };
}
