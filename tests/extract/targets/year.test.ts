import { describe, expect, it } from 'vitest';
import { extract, years } from './helpers.ts';

describe('the year of a sentence target', () => {
  it.each([
    ['到2025年，家庭医生签约服务覆盖率达到45%以上。', '家庭医生签约服务覆盖率|45|2025'],
    ['2025年底前，建成乡镇急救站点不少于5个。', '建成乡镇急救站点|5|2025'],
    ['2024年6月底前，组建医共体管理委员会不少于1个。', '组建医共体管理委员会|1|2024'],
    ['力争到2025年底，中医馆设置率达到100%。', '中医馆设置率|100|2025'],
    ['3年内完成不少于12个乡镇卫生院提质改造。', '乡镇卫生院提质改造|12|2026'],
    ['到期末，村卫生室达标率达到95%。', '村卫生室达标率|95|2026'],
    ['2024年，全县基层规范管理服务率均达到65%以上。', '基层规范管理服务率|65|2024'],
  ])('%s', (body, expected) => {
    expect(years(body)).toEqual([expected]);
  });

  it('names the year of each clause where one sentence names several', () => {
    expect(
      years(
        '到2025年，家庭医生签约服务覆盖率达到45%以上，签约居民续约率不低于80%；到2026年，签约居民满意度达到90%以上。',
      ),
    ).toEqual(['家庭医生签约服务覆盖率|45|2025', '签约居民续约率|80|2025', '签约居民满意度|90|2026']);
  });

  it('lets a declared stage year govern the rest of its item, and only that item', () => {
    const body = [
      '1．2024年为启动实施年。完成不少于4个乡镇卫生院提质改造；家庭医生签约服务覆盖率达到40%以上。',
      '2．2025年是攻坚突破年。建成县域医疗卫生次中心2个，3年内培训乡村医生不少于300人次。',
      '3．县域内就诊率达到90%以上。',
    ].join('\n');
    expect(years(body)).toEqual([
      '乡镇卫生院提质改造|4|2024',
      '家庭医生签约服务覆盖率|40|2024',
      '建成县域医疗卫生次中心|2|2025',
      '培训乡村医生|300|2026',
      '县域内就诊率|90|2026',
    ]);
  });

  it('reads a stage year with half-width punctuation, its item broken over lines', () => {
    const body = '(1)2024年为启动年.\n家庭医生签约率达到40%,签约居民续约率不低于70%.\n(2)签约居民满意度达到90%.';
    expect(years(body)).toEqual(['家庭医生签约率|40|2024', '签约居民续约率|70|2024', '签约居民满意度|90|2026']);
    // a new (indented) paragraph or a blank line ends the item
    expect(years('(1)2024年为启动年.\n\n家庭医生签约率达到40%.')).toEqual(['家庭医生签约率|40|2026']);
    expect(years('(1)2024年为启动年.\n\u3000\u3000家庭医生签约率达到40%.')).toEqual(['家庭医生签约率|40|2026']);
  });

  it('keeps the end year of a recurring target and says it is yearly', () => {
    expect(
      years('每年新建县级临床重点专科不少于2个，到2026年累计达到12个以上；每年开展新技术、新项目不少于15项。'),
    ).toEqual(['每年新建县级临床重点专科|2|2026|yearly', '累计|12|2026', '每年开展新技术、新项目|15|2026|yearly']);
    expect(years('2024年，县财政每年安排专项资金不少于800万元。')).toEqual(['县财政每年安排专项资金|800|2026|yearly']);
  });

  it('does not take a base year or a year of the past as the target year', () => {
    expect(
      years('新发尘肺病报告例数比2020年下降15%，千人口献血率由2020年的10.2‰提高到12‰以上。', [2021, 2025]),
    ).toEqual(['新发尘肺病报告例数|比2020年下降15%|2025', '千人口献血率|12|2025']);
  });

  it('reads the end of a named five-year period as its last year', () => {
    expect(years('到“十四五”末，每千人口床位数达到6.5张。', [2023, 2027])).toEqual(['每千人口床位数|6.5|2025']);
    expect(years('到"十四五"末,每千人口床位数达到6.5张.', [2023, 2027])).toEqual(['每千人口床位数|6.5|2025']);
    expect(years('“十五五”期间，每千人口床位数达到7张。', [2023, 2027])).toEqual(['每千人口床位数|7|2030']);
  });

  it('takes a year written after the figure in its own clause, and warns of one elsewhere', () => {
    expect(years('县域内就诊率达到88%以上（2025年）。')).toEqual(['县域内就诊率|88|2025']);
    const x = extract('签约率达到80%，2024年底前完成签约系统建设。');
    expect(x.indicators.map((t) => t.year)).toEqual([2026]);
    expect(x.issues.find((i) => i.code === 'year-default')?.message).toContain('2024');
  });

  it('reads CRLF and CR line ends like LF', () => {
    const lf = '1．2024年为启动实施年。\n家庭医生签约服务覆盖率达到40%以上。\n2．县域内就诊率达到90%以上。';
    const expected = ['家庭医生签约服务覆盖率|40|2024', '县域内就诊率|90|2026'];
    expect(years(lf)).toEqual(expected);
    expect(years(lf.replace(/\n/gu, '\r\n'))).toEqual(expected);
    expect(years(lf.replace(/\n/gu, '\r'))).toEqual(expected);
  });
});
