import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/lib/read/meta/date.ts';
import { parseDocNumber } from '../../../src/lib/read/meta/doc-number.ts';
import { asIssuer } from '../../../src/lib/read/meta/issuer.ts';
import { parseNotice } from '../../../src/lib/read/meta/notice.ts';
import { defaultMetaWords } from '../../../src/lib/read/meta/words.ts';

const words = defaultMetaWords();

describe('parseDate', () => {
  it.each([
    ['2022年3月15日', '2022-03-15'],
    ['2022 年 03 月 05 日', '2022-03-05'],
    ['２０２２年１２月１日', '2022-12-01'],
    ['二〇二二年三月十五日', '2022-03-15'],
    ['二○二三年十二月二十六日', '2023-12-26'],
    ['二〇二四年十月三十一日', '2024-10-31'],
    ['2024-04-02', '2024-04-02'],
    ['2023-05-23 00:00', '2023-05-23'],
    ['2024/4/2', '2024-04-02'],
  ])('%s → %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));

  it.each(['2022年2月30日', '2022年3月', '2022年13月1日', '到2025年3月15日前', '二〇二二年三月三十二日', ''])(
    'rejects %s',
    (raw) => expect(parseDate(raw)).toBeNull(),
  );
});

describe('parseDocNumber', () => {
  it.each([
    ['云政办发〔2022〕18号', '云政办发〔2022〕18号'],
    ['云政办发［2022］18号', '云政办发〔2022〕18号'],
    ['云政办发[2022]18号', '云政办发〔2022〕18号'],
    ['云政办发（2022）18号', '云政办发〔2022〕18号'],
    ['云政办发(2022) 18 号', '云政办发〔2022〕18号'],
    ['云政办发〔２０２２〕１８号', '云政办发〔2022〕18号'],
    ['卫办函【2021】007号', '卫办函〔2021〕7号'],
  ])('%s → %s', (raw, canonical) => expect(parseDocNumber(raw)).toBe(canonical));

  it.each(['根据云政办发〔2022〕18号文件', '〔2022〕18号', '云政办发〔22〕18号'])('rejects %s', (raw) =>
    expect(parseDocNumber(raw)).toBeNull(),
  );
});

describe('asIssuer', () => {
  it('accepts bodies with a place and a known ending, joint ones separated by spaces', () => {
    expect(asIssuer('云溪市人民政府办公室', words)).toBe('云溪市人民政府办公室');
    expect(asIssuer('中共开远市委办公室  开远市人民政府办公室', words)).toBe(
      '中共开远市委办公室  开远市人民政府办公室',
    );
    expect(asIssuer('石泉县卫生健康局', words)).toBe('石泉县卫生健康局');
  });

  it('rejects sentences, bare units without a place, and other lines', () => {
    for (const line of [
      '市卫生健康委',
      '各县（市、区）人民政府：',
      '（此件公开发布）',
      '第一章 总体要求',
      '云溪市 2022年',
    ])
      expect(asIssuer(line, words), line).toBeNull();
  });
});

describe('parseNotice', () => {
  it('splits issuer and title, with or without 《》 and an issuer', () => {
    expect(parseNotice('甲市人民政府关于印发《甲市规划》的通知', words)).toEqual({
      issuer: '甲市人民政府',
      title: '甲市规划',
    });
    expect(parseNotice('关于印发甲市卫生健康行动方案的通知', words)).toEqual({
      issuer: null,
      title: '甲市卫生健康行动方案',
    });
    expect(parseNotice('甲市卫生健康委关于转发〈乙省实施意见〉的通知', words)?.title).toBe('乙省实施意见');
  });

  it('rejects a sentence that merely mentions a notice', () => {
    expect(parseNotice('根据甲省人民政府关于印发甲省规划的通知', words)).toBeNull();
    expect(parseNotice('认真落实《甲省人民政府关于印发甲省规划的通知》', words)).toBeNull();
  });
});
