import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { sourceDoc } from '../helpers/source-doc.ts';
import { nullLexicon } from './null-lexicon.ts';

function targets(body: string) {
  const text = `一、发展目标\n${body}\n`;
  const source = sourceDoc(text);
  return extractPlan(source, nullLexicon).indicators.map((t) => `${t.name}|${t.op}|${t.value}|${t.unit}|${t.year}`);
}

describe('sentence targets', () => {
  it('reads comparison words before and after the number', () => {
    expect(
      targets('到2025年,孕产妇死亡率控制在10/10万以下,基层中医药服务占比不低于45%,乡村医生占比提高到45%左右。'),
    ).toEqual(['孕产妇死亡率|<=|10|/10万|2025', '基层中医药服务占比|>=|45|%|2025', '乡村医生占比|~|45|%|2025']);
  });

  it('keeps changes and lost numbers without inventing a value', () => {
    expect(targets('交通事故万车死亡率下降20%。儿童伤害死亡率以2015年为基础下降1/4。年服务人数达到#人次。')).toEqual([
      '交通事故万车死亡率|null|null|%|2025',
      '儿童伤害死亡率|null|null|null|2025',
      '年服务人数|null|null|人次|2025',
    ]);
  });

  it('takes the counted thing after a counting verb, and a stated year', () => {
    expect(targets('2022年底实现卫生乡镇创建率达100%。建设1个基层中医药适宜技术推广中心。')).toEqual([
      '卫生乡镇创建率|=|100|%|2022',
      '基层中医药适宜技术推广中心|=|1|个|2025',
    ]);
  });

  it('skips ages, slogans, codes, past figures and demonstratives', () => {
    expect(targets('实现“三个95%”目标,建设P2实验室,截至2020年末机构1747个,梳理形成这3张清单,招收2—3岁幼儿。')).toEqual(
      [],
    );
    expect(targets('5岁以下儿童死亡率低于5‰。')).toEqual(['5岁以下儿童死亡率|<|5|‰|2025']);
  });

  it('shares a comparison word with the list it heads', () => {
    expect(targets('全市至少建立2个省级示范机构、3个州级示范机构。')).toEqual([
      '省级示范机构|>=|2|个|2025',
      '州级示范机构|>=|3|个|2025',
    ]);
  });
});
