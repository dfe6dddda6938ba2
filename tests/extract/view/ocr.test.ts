import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('letter-spaced lines', () => {
  it.each([
    ['到 2 0 2 5 年 ， 孕 产 妇 死 亡 率 控 制 在 1 2 / 1 0 万 以 下 。', '到2025年，孕产妇死亡率控制在12/10万以下。'],
    ['　　人 均 预 期 寿 命 达 到 7 9 . 5 岁', '　　人均预期寿命达到79.5岁'],
    ['第 三 章 发 展 目 标', '第三章发展目标'],
    ['（ 一 ） 主 要 指 标', '（一）主要指标'],
  ])('closes "%s"', (spaced, closed) => {
    const { view, kinds } = read(`${spaced}\n`);
    expect(view.text).toBe(`${closed}\n`);
    expect(kinds).toEqual(['letter-spacing']);
  });

  it('leaves prose with a space here and there, Latin words and table rows', () => {
    for (const text of [
      '到 2025 年，孕产妇死亡率控制在 10/10 万以下。',
      '推广 PM 2.5 监测和 CT 检查。',
      '1  孕 产 妇 死 亡 率  /10万  12',
      '1\t孕 产 妇 死 亡 率\t12',
    ])
      expect(read(`${text}\n`).view.text).toBe(`${text}\n`);
  });
});

/** Sets a paragraph to a measure of `width` full-width characters, as print does. */
const measure = (s: string, width: number) => {
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of s) {
    const w = ch.codePointAt(0)! > 0xff ? 2 : 1;
    if (used + w > width * 2) [out[out.length], line, used] = [line, '', 0];
    line += ch;
    used += w;
  }
  if (line) out.push(line);
  return out;
};

describe('lines broken at the printed width', () => {
  const paragraphs = [
    '（一）总体目标',
    '　　到2025年，全市卫生健康服务体系更加完善，居民健康水平进一步提高，人均预期寿命达到79.5岁，孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在5‰以下，健康云溪建设取得明显成效。',
    '（二）主要任务',
    '　　1．推进基层医疗卫生机构标准化建设。优化乡镇卫生院和村卫生室布局，选择人口较多、服务半径较大的乡镇卫生院建设县域医疗卫生次中心，到2025年，建成县域医疗卫生次中心12个。（牵头单位：市卫生健康委；配合单位：市发展改革委、市财政局）',
    '　　2．做实做细家庭医生签约服务。以高血压、糖尿病等慢性病患者以及老年人、孕产妇、儿童、残疾人为重点人群，提高签约服务质量，重点人群签约服务覆盖率达到75%以上。（市卫生健康委牵头，市医保局按职责分工负责）',
  ];

  it.each([[24], [30], [36]])('joins the lines of a text set %i characters wide', (width) => {
    const text = `${paragraphs.flatMap((p) => measure(p, width)).join('\n')}\n`;
    const { view, kinds } = read(text);
    expect(view.text).toBe(`${paragraphs.join('\n')}\n`);
    expect(kinds.every((k) => k === 'line-wrap')).toBe(true);
  });

  it('keeps headings and paragraph starts on lines of their own, through a page break', () => {
    const wrapped = paragraphs.flatMap((p) => measure(p, 28));
    wrapped.splice(9, 0, '— 3 —', '云溪市“十四五”卫生健康事业发展规划');
    wrapped.splice(4, 0, '— 2 —', '云溪市“十四五”卫生健康事业发展规划');
    const { view } = read(`${wrapped.join('\n')}\n`);
    expect(view.text).toBe(`${paragraphs.join('\n')}\n`);
  });

  it('does not join the lines of the seed plans, which are not set to a measure', () => {
    const dir = join(import.meta.dirname, '../../../content/plans');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const kinds = read(readFileSync(join(dir, file), 'utf8')).kinds;
      expect(
        kinds.filter((k) => k === 'line-wrap' || k === 'letter-spacing'),
        file,
      ).toEqual([]);
    }
  });
});
