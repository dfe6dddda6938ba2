import { describe, expect, it } from 'vitest';
import { guessMeta } from '../../../src/lib/read/meta/guess.ts';
import { periodOf } from '../../../src/lib/read/meta/period.ts';
import { levelOf, placePrefix, placesOf, provinceCited } from '../../../src/lib/read/meta/place.ts';
import { kindOf } from '../../../src/lib/read/meta/title-line.ts';
import { defaultMetaWords } from '../../../src/lib/read/meta/words.ts';

const words = defaultMetaWords();

describe('places and levels', () => {
  it.each([
    ['云溪市人民政府办公室', '云溪市'],
    ['中共开远市委办公室', '开远市'],
    ['武汉经开区卫生健康事业发展“十四五”规划', '武汉经开区'],
    ['广州市卫生健康规划', '广州市'],
    ['红河州卫生健康委员会', '红河州'],
    ['鄂尔多斯市“十四五”卫生健康事业发展规划', '鄂尔多斯市'],
    ['内蒙古自治区卫生健康委员会', '内蒙古自治区'],
    ['阿拉善盟卫生健康委员会', '阿拉善盟'],
    ['峨边彝族自治县人民政府', '峨边彝族自治县'],
  ])('%s → %s', (name, place) => expect(placePrefix(name, words)).toBe(place));

  it('finds no place in a scope word or a title without one', () => {
    expect(placePrefix('全市卫生健康规划', words)).toBeNull();
    expect(placePrefix('“十四五”卫生健康规划', words)).toBeNull();
  });

  it('reads a province before the region', () => {
    expect(placesOf('北京市朝阳区卫生健康规划', words)).toEqual({ region: '朝阳区', province: '北京市' });
    expect(placesOf('乙省丙县卫生健康规划', words)).toEqual({ region: '丙县', province: '乙省' });
  });

  it.each([
    ['乙省', 'province'],
    ['重庆市', 'province'],
    ['红河州', 'city'],
    ['阿拉善盟', 'city'],
    ['武汉经开区', 'district'],
    ['朝阳区', 'district'],
    ['石泉县', 'county'],
    ['达拉特旗', 'county'],
    ['甲市', 'city'],
  ])('%s is %s', (region, level) => expect(levelOf(region, '各县（市、区）人民政府：', words)).toBe(level));

  it('takes a 市 that addresses its 乡镇 for a county-level city', () => {
    expect(levelOf('开远市', '各乡镇(街道)，市级各部门：', words)).toBe('county');
    expect(levelOf('开远市', '', words)).toBe('city');
  });

  it('reads the province the preamble cites most, or none on a tie', () => {
    expect(provinceCited('根据《江南省卫生健康规划》和江南省人民政府要求，推进全省建设', words)).toBe('江南省');
    expect(provinceCited('根据内蒙古自治区人民政府办公厅关于印发自治区规划的通知', words)).toBe('内蒙古自治区');
    expect(provinceCited('学习江南省和西岭省的经验', words)).toBeNull();
    expect(provinceCited('推进全省、本省建设', words)).toBeNull();
  });
});

describe('period and kind from the title', () => {
  it.each([
    ['甲县行动方案(2023—2025年)', [2023, 2025]],
    ['甲县行动方案（２０２４－２０２６年）', [2024, 2026]],
    ['健康甲市2030行动(2017-2030年)', [2017, 2030]],
    ['甲市“十四五”卫生健康规划', [2021, 2025]],
    ['甲市十五五卫生健康规划', [2026, 2030]],
  ])('%s → %j', (title, period) => expect(periodOf(title, words)).toEqual(period));

  it('gives no period when the title states none', () => expect(periodOf('甲市卫生健康规划', words)).toBeNull());

  it.each([
    ['甲市“十四五”卫生健康事业发展规划', '规划'],
    ['甲县基层卫生三年行动方案（2024—2026年）', '行动方案'],
    ['甲市卫生健康高质量发展实施方案(2023—2025年)', '实施方案'],
    ['甲市医疗卫生服务体系规划(征求意见稿)', '规划'],
    ['关于推进健康甲市建设的实施意见', '实施意见'],
    ['甲市卫生健康工作要点', null],
  ])('%s → %s', (title, kind) => expect(kindOf(title, words)).toBe(kind));
});

describe('guessMeta', () => {
  it('takes the region from the issuer when the title names none', () => {
    const text =
      '丁县卫生健康局\n关于印发《“十四五”卫生健康规划》的通知\n各乡镇卫生院：\n丁县卫生健康局\n2022年1月5日\n';
    expect(guessMeta(text)).toMatchObject({ region: '丁县', level: 'county', period: [2021, 2025], kind: '规划' });
  });
});
