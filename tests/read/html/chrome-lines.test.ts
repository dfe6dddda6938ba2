import { describe, expect, it } from 'vitest';
import { isChromeLine, isLinkLine, isMetaLine } from '../../../src/lib/read/html/chrome-lines.ts';
import { portalWords } from '../../../src/lib/read/html/portal-words.ts';
import { collapse } from '../../../src/lib/read/html/whitespace.ts';

const words = portalWords();

describe('portal furniture lines', () => {
  it('knows breadcrumbs with any separator', () => {
    for (const line of [
      '首页 > 政务公开 > 政策文件',
      '您的位置：首页 » 新闻中心',
      '当前位置：首页＞信息公开',
      '首页/通知公告',
    ]) {
      expect(isChromeLine(line, words)).toBe(true);
    }
    expect(isChromeLine('首页设计应当简洁', words)).toBe(false);
  });

  it('knows toolbars and footers, but not sentences that mention the same words', () => {
    expect(isChromeLine('【字体：大 中 小】 打印本页 关闭窗口', words)).toBe(true);
    expect(isChromeLine('ICP备案号：西岭ICP备13004576号-1', words)).toBe(true);
    expect(isChromeLine('各单位要联系我们的工作实际，抓好落实。', words)).toBe(false);
  });

  it('knows metadata box lines, with spaces inside labels and either colon', () => {
    expect(isMetaLine('索引号：11690523007531842X/2024-00031　　主题分类：卫生健康', words)).toBe(true);
    expect(isMetaLine('标　题：关于印发规划的通知', words)).toBe(true);
    expect(isMetaLine('发文字号: 测政发〔2023〕1号', words)).toBe(true);
    expect(isMetaLine('来源：国家统计局。', words)).toBe(false);
    expect(isMetaLine('资金来源：县财政安排', words)).toBe(false);
  });

  it('takes a line that is mostly links for a menu', () => {
    expect(isLinkLine('首页 政务公开 政务服务', 10)).toBe(true);
    expect(isLinkLine('按照《健康中国行动》要求，推进落实。', 8)).toBe(false);
  });
});

describe('collapse', () => {
  it('collapses ASCII whitespace, drops a line wrap between Chinese characters, keeps nbsp and U+3000', () => {
    expect(collapse('  a \n\t b  ')).toBe('a b');
    expect(collapse('县域\n  内就诊率')).toBe('县域内就诊率');
    expect(collapse('达到 90%')).toBe('达到 90%');
    expect(collapse('\u00a0\u00a0到2025年，　')).toBe('\u00a0\u00a0到2025年，　');
  });
});
