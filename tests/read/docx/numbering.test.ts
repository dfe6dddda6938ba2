import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/lib/read/docx/index.ts';
import { formatNumber } from '../../../src/lib/read/docx/number-format.ts';
import { abstractNum, makeDocx, num, p } from './make-docx.ts';

const lines = (parts: Parameters<typeof makeDocx>[0]): string[] =>
  readDocx(makeDocx(parts), 't.docx')
    .text.split('\n')
    .filter((l) => l !== '');

describe('formatNumber', () => {
  it('writes Chinese counting numbers as printed in headings', () => {
    const cn = [1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'));
    expect(cn).toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十']);
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
  });

  it('writes the other common formats', () => {
    expect([1, 2, 10].map((n) => formatNumber(n, 'ideographTraditional'))).toEqual(['甲', '乙', '癸']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(7, 'decimal')).toBe('7');
    expect(formatNumber(7, 'bullet')).toBe('');
  });
});

describe('automatic numbering', () => {
  const chinese = abstractNum(1, [
    ['chineseCounting', '%1、'],
    ['chineseCounting', '（%2）'],
    ['decimal', '%3.'],
  ]);

  it('counts per level and restarts a level after a higher one', () => {
    const body = [
      p('总体要求', { numId: 1, ilvl: 0 }),
      p('目标', { numId: 1, ilvl: 1 }),
      p('任务', { numId: 1, ilvl: 0 }),
      p('基层', { numId: 1, ilvl: 1 }),
      p('卫生院', { numId: 1, ilvl: 2 }),
      p('人才', { numId: 1, ilvl: 2 }),
      p('能力', { numId: 1, ilvl: 1 }),
      p('签约', { numId: 1, ilvl: 2 }),
    ].join('');
    expect(lines({ body, numbering: chinese + num(1, 1) })).toEqual([
      '一、总体要求',
      '（一）目标',
      '二、任务',
      '（一）基层',
      '1.卫生院',
      '2.人才',
      '（二）能力',
      '1.签约',
    ]);
  });

  it('goes on past ten, from a start value, with unnumbered paragraphs between', () => {
    const numbering = abstractNum(1, [['chineseCounting', '第%1章', 9]]) + num(1, 1);
    const body = [
      p('九', { numId: 1, ilvl: 0 }),
      p('正文'),
      p('十', { numId: 1, ilvl: 0 }),
      p('十一', { numId: 1, ilvl: 0 }),
    ].join('');
    expect(lines({ body, numbering })).toEqual(['第九章九', '正文', '第十章十', '第十一章十一']);
  });

  it('continues a list shared by two nums, and restarts one that overrides its start', () => {
    const numbering =
      abstractNum(1, [['decimal', '%1.']]) +
      num(1, 1) +
      num(2, 1) +
      num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    const body = [
      p('a', { numId: 1, ilvl: 0 }),
      p('b', { numId: 2, ilvl: 0 }),
      p('c', { numId: 3, ilvl: 0 }),
      p('d', { numId: 3, ilvl: 0 }),
    ].join('');
    expect(lines({ body, numbering })).toEqual(['1.a', '2.b', '1.c', '2.d']);
  });

  it('keeps counting a level whose lvlRestart is 0, and prints legal numbering as decimals', () => {
    const numbering =
      abstractNum(1, [
        ['chineseCounting', '%1、'],
        ['decimal', '%1.%2', 1, '<w:lvlRestart w:val="0"/><w:isLgl/>'],
      ]) + num(1, 1);
    const body = [
      p('x', { numId: 1, ilvl: 0 }),
      p('y', { numId: 1, ilvl: 1 }),
      p('z', { numId: 1, ilvl: 0 }),
      p('w', { numId: 1, ilvl: 1 }),
    ].join('');
    expect(lines({ body, numbering })).toEqual(['一、x', '1.1y', '二、z', '2.2w']);
  });

  it('takes numbering from the paragraph style, at the level linked to that style', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const numbering =
      abstractNum(1, [
        ['chineseCounting', '%1、', 1, '<w:pStyle w:val="H1"/>'],
        ['chineseCounting', '（%2）', 1, '<w:pStyle w:val="H2"/>'],
      ]) + num(1, 1);
    const body = [
      p('总体要求', { style: 'H1' }),
      p('指导思想', { style: 'H2' }),
      p('原则', { style: 'H2' }),
      p('无编号', { style: 'H1', numId: 0 }),
    ].join('');
    expect(lines({ body, styles, numbering })).toEqual(['一、总体要求', '（一）指导思想', '（二）原则', '无编号']);
  });

  it('prints no bullet character and a space suffix only when asked', () => {
    const numbering =
      abstractNum(1, [['bullet', '\uf0b7']]) +
      abstractNum(2, [['decimal', '%1.', 1, '<w:suff w:val="space"/>']]) +
      num(1, 1) +
      num(2, 2);
    const body = [p('要点', { numId: 1, ilvl: 0 }), p('Item', { numId: 2, ilvl: 0 })].join('');
    expect(lines({ body, numbering })).toEqual(['要点', '1. Item']);
  });
});
