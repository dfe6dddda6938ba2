import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../src/lib/read/detect-meta.ts';

const BODY = `　　为全面提升全市卫生健康服务能力和水平，全方位全周期保障人民健康，根据《乙省“十四五”卫生健康事业发展规划》和《甲市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》，结合我市实际，编制本规划。规划期为2021—2025年，远景展望到2035年。\n第一章　发展基础\n`;

describe('detectMeta: the notice header', () => {
  it('reads a notice broken after 关于印发, the 文号 line and the signature', () => {
    const text = `甲政办发〔2022〕8号\n甲市人民政府办公室关于印发\n甲市“十四五”卫生健康规划的通知\n各县（市、区）人民政府：\n　　现印发给你们，请认真组织实施。\n甲市人民政府办公室\n2022年3月15日\n（此件公开发布）\n甲市“十四五”卫生健康规划\n${BODY}`;
    expect(detectMeta(text)).toEqual({
      title: '甲市“十四五”卫生健康规划',
      issuer: '甲市人民政府办公室',
      date: '2022-03-15',
      docNumber: '甲政办发〔2022〕8号',
    });
  });

  it('reads a notice broken after the issuer, with 《》 and a bracketed period', () => {
    const text = `乙县卫生健康局\n关于印发《乙县医疗服务能力提升行动方案（2024—2026年）》的通知\n\n乙卫发［２０２４］３号\n各乡镇卫生院：\n　　现印发给你们。\n乙县卫生健康局\n二〇二四年四月二十日\n${BODY}`;
    expect(detectMeta(text)).toEqual({
      title: '乙县医疗服务能力提升行动方案（2024—2026年）',
      issuer: '乙县卫生健康局',
      date: '2024-04-20',
      docNumber: '乙卫发〔2024〕3号',
    });
  });

  it('reads joint issuers on one line, over the red-head line', () => {
    const text = `丙市人民政府办公室文件\n丙政办发[2023] 12号\n中共丙市委办公室　丙市人民政府办公室关于印发丙市健康城市实施意见的通知\n${BODY}`;
    const meta = detectMeta(text);
    expect(meta.issuer).toBe('中共丙市委办公室　丙市人民政府办公室');
    expect(meta.title).toBe('丙市健康城市实施意见');
    expect(meta.docNumber).toBe('丙政办发〔2023〕12号');
  });

  it('takes the issuer from the red head when the notice names none', () => {
    const text = `丁区卫生健康委员会文件\n丁卫（2021）5号\n关于印发丁区托育服务发展实施方案的通知\n${BODY}`;
    expect(detectMeta(text)).toMatchObject({
      title: '丁区托育服务发展实施方案',
      issuer: '丁区卫生健康委员会',
      docNumber: '丁卫〔2021〕5号',
    });
  });
});

describe('detectMeta: what the body cites is not the plan', () => {
  it('ignores a notice and a 文号 quoted inside a sentence', () => {
    const text = `甲市卫生健康规划\n　　根据乙省人民政府办公厅关于印发乙省卫生健康规划的通知(乙政办发〔2021〕61号)，结合实际，制定本规划，以全面提升全市卫生健康服务能力和水平，全方位全周期保障人民健康，推动卫生健康事业高质量发展，满足人民群众日益增长的健康需求。\n一、总体要求\n`;
    expect(detectMeta(text)).toEqual({ title: '甲市卫生健康规划', issuer: null, date: null, docNumber: null });
  });

  it('does not take a unit and a deadline in a table for a signature', () => {
    const text = `${BODY}序号\n任务\n牵头单位\n1\n建设区域医疗中心\n市卫生健康委\n2025年12月31日\n`;
    expect(detectMeta(text).issuer).toBeNull();
    const placed = `${BODY}序号\n任务\n牵头单位\n完成时限\n1\n建设区域医疗中心\n甲市卫生健康委\n2025年12月31日\n2\n建设胸痛中心\n甲市卫生健康委\n持续推进\n`;
    expect(detectMeta(placed)).toMatchObject({ issuer: null, date: null });
  });

  it('returns nulls for a text that states nothing', () => {
    expect(detectMeta(BODY)).toEqual({ title: null, issuer: null, date: null, docNumber: null });
  });
});

describe('detectMeta: the portal metadata box', () => {
  it('reads several pairs per line, a spaced label, and prefers 成文日期 over 发布日期', () => {
    const metaText = `索引号：1169/2024-00031　　主题分类：卫生健康\n发布机构：戊县人民政府办公室　　成文日期：2024-04-02\n文号：戊政办发〔2024〕7号　　发布日期：2024-04-08\n标　题：戊县人民政府办公室关于印发戊县基层卫生行动方案的通知`;
    expect(detectMeta(BODY, metaText)).toEqual({
      title: '戊县基层卫生行动方案',
      issuer: '戊县人民政府办公室',
      date: '2024-04-02',
      docNumber: '戊政办发〔2024〕7号',
    });
  });

  it('reads labels on their own line with the value below, skipping empty fields', () => {
    const text = `索引号\n0000/2024-00023\n发布机构\n文号\n发布日期\n2024-01-08\n信息名称\n己市人民政府关于印发《己市卫生健康发展规划》的通知\n${BODY}`;
    expect(detectMeta(text)).toEqual({
      title: '己市卫生健康发展规划',
      issuer: '己市人民政府',
      date: '2024-01-08',
      docNumber: null,
    });
  });

  it('takes the title a page title names before the site name', () => {
    expect(detectMeta(BODY, '庚县卫生健康规划（2021—2025年）_庚县人民政府').title).toBe(
      '庚县卫生健康规划（2021—2025年）',
    );
    expect(detectMeta(BODY, '庚县卫生健康规划 | 庚县门户网站').title).toBe('庚县卫生健康规划');
    expect(detectMeta(BODY, '庚县人民政府门户网站').title).toBeNull();
  });

  it('reads a signature whose date is typed with spaces in the header', () => {
    const text = `庚县卫生健康局关于印发庚县卫生健康规划的通知\n庚县卫生健康局\n2021 年 12 月 3 日\n${BODY}`;
    expect(detectMeta(text)).toMatchObject({ issuer: '庚县卫生健康局', date: '2021-12-03' });
  });

  it('reads a signature at the very end of a plan printed without a notice', () => {
    const text = `庚县卫生健康规划\n${BODY}\n　　全县各级各部门要认真组织实施。\n庚县卫生健康局\n2021年12月3日\n`;
    expect(detectMeta(text)).toMatchObject({ issuer: '庚县卫生健康局', date: '2021-12-03' });
  });

  it('never joins a label to the notice under it', () => {
    const text = `信息名称\n壬市人民政府办公室关于印发壬市卫生健康规划的通知\n${BODY}`;
    // read as the box's field or as the notice alone, the issuer is the same
    expect(detectMeta(text).issuer).toBe('壬市人民政府办公室');
    const unlabelled = `公开目录\n壬市人民政府办公室关于印发壬市卫生健康规划的通知\n${BODY}`;
    expect(detectMeta(unlabelled).issuer).toBe('壬市人民政府办公室');
  });

  it('takes a box title that is the plan title itself', () => {
    expect(detectMeta(BODY, '名称：庚市卫生健康规划（2021-2025年）\n发布日期：2021年12月3日').title).toBe(
      '庚市卫生健康规划（2021-2025年）',
    );
  });
});

describe('detectMeta: title lines', () => {
  it('reads a file-name first line and a sharing-page wrapper', () => {
    expect(detectMeta(`辛市“十四五”卫生健康事业发展规划.docx\n${BODY}`).title).toBe('辛市“十四五”卫生健康事业发展规划');
    expect(detectMeta(`《《壬市医疗卫生服务体系规划(征求意见稿)》.docx》由会员分享,可在线阅读\n${BODY}`).title).toBe(
      '壬市医疗卫生服务体系规划(征求意见稿)',
    );
  });

  it('reads a title under web chrome with a publication stamp', () => {
    const text = `# 癸区卫生健康事业发展“十四五”规划\n\n2023-05-23 00:00\n\n${BODY}`;
    expect(detectMeta(text)).toMatchObject({ title: '癸区卫生健康事业发展“十四五”规划', date: '2023-05-23' });
  });

  it('never takes a numbered heading for the title', () => {
    expect(detectMeta(`一、编制规划\n第一章 规划\n${BODY}`).title).toBeNull();
  });
});
