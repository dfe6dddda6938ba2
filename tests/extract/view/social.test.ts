import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('account chrome of re-posted articles', () => {
  it.each([
    ['点击蓝字 关注我们'],
    ['▲点击上方蓝字，关注“健康云溪”'],
    ['来源：云溪市卫生健康委员会'],
    ['来源|云溪发布'],
    ['编辑：李四  审核：王五'],
    ['责编丨张三'],
    ['原标题：云溪市卫生健康事业发展规划'],
    ['声明：本文转载自云溪发布，版权归原作者所有，如有侵权请联系删除。'],
    ['分享 | 点赞 | 在看'],
    ['👍 点个在看，分享给更多人'],
    ['长按识别二维码关注我们'],
    ['阅读原文'],
  ])('cuts "%s"', (line) => {
    const text = `${line}\n（一）加强健康教育\n　　到2025年，居民健康素养水平达到30%。\n`;
    const { view, kinds } = read(text);
    expect(view.text).toBe('（一）加强健康教育\n　　到2025年，居民健康素养水平达到30%。\n');
    expect(kinds).toEqual(['chrome']);
  });

  it('keeps plan lines that use a chrome word', () => {
    const text = '（三）关注重点人群健康\n　　分享基层经验，加强交流。\n编辑部门要做好宣传。\n关注老年人心理健康\n';
    expect(read(text).kinds).toEqual([]);
  });

  it('cuts the footer from 往期推荐 to the end, but not a plan sentence after it', () => {
    const footer =
      '　　加强组织领导。\n\n往期推荐\n我市召开卫生健康工作会议\n▶ 云溪发布2024年民生实事\n\n声明：转载请注明出处。';
    const { view } = read(footer);
    expect(view.text.trimEnd()).toBe('　　加强组织领导。');
    const kept = '推荐阅读相关政策文件。\n　　到2025年，每千人口床位数达到7张。\n';
    expect(read(kept).view.text).toBe(kept);
  });
});

describe('bullets and decorative lines', () => {
  it.each([['▶ '], ['●'], ['◆ '], ['■'], ['✅ '], ['📌'], ['🔹 '], ['👉🏻 '], ['⭐️ '], ['• '], ['　★　']])(
    'cuts the bullet "%s" so the numbering behind it is seen',
    (bullet) => {
      const { view, kinds } = read(`${bullet}1、孕产妇死亡率控制在12/10万以下。\n${bullet}二、主要任务\n`);
      expect(view.text.replace(/^[\u3000 ]+/gmu, '')).toBe('1、孕产妇死亡率控制在12/10万以下。\n二、主要任务\n');
      expect(kinds).toEqual(['bullet', 'bullet']);
    },
  );

  it('reads a keycap digit as its digit', () => {
    expect(read('1️⃣ 总体目标\n').view.text).toBe('1 总体目标\n');
  });

  it('leaves symbols inside a line and a dash that opens a sentence', () => {
    const text = '——到2025年，基本建成体系。\n指标达到≥90%，★级医院3家。\n';
    expect(read(text).view.text).toBe(text);
  });

  it.each([['━━━━━━━━'], ['————————'], ['＊＊＊'], ['* * *'], ['～～～～'], ['═══'], ['---'], ['◆◇◆◇◆']])(
    'cuts the decorative line "%s"',
    (rule) => {
      const { view, kinds } = read(`一、总体要求\n${rule}\n　　坚持人民至上。\n`);
      expect(view.text).toBe('一、总体要求\n　　坚持人民至上。\n');
      expect(kinds).toEqual(['decoration']);
    },
  );

  it('leaves Markdown thematic breaks and heading underlines to the Markdown parser', () => {
    const md = '主要目标\n---\n\n正文。\n\n***\n';
    expect(read(md, true).view.text).toBe(md);
  });
});
