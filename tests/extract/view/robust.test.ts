import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../src/lib/extract/index.ts';
import { checkTruncated } from '../../../src/lib/extract/view/truncated.ts';
import { identityView } from '../../../src/lib/extract/view/text-view.ts';
import { sourceDoc } from '../../helpers/source-doc.ts';
import { nullLexicon } from '../null-lexicon.ts';
import { read } from './helpers.ts';

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('the truncated warning', () => {
  it.each([0, 1, 2, 3])('never starts inside a surrogate pair (offset %i)', (shift) => {
    const text = `${'规划正文。'.repeat(3)}${'x'.repeat(shift)}${'😀'.repeat(8)}未完`;
    const found = checkTruncated(identityView(text), text.length)!;
    expect(found).not.toBeNull();
    expect(isLow(text.charCodeAt(found.span.start))).toBe(false);
    expect(text.slice(found.span.start, found.span.end)).toBe(found.tail);
    const issues = extractPlan(sourceDoc(text), nullLexicon).issues.filter((i) => i.code === 'truncated');
    expect(issues.length).toBe(1);
    expect(isLow(text.charCodeAt(issues[0]!.start!))).toBe(false);
  });

  it('is not raised by a page number closing the text', () => {
    const text = '　　确保规划各项目标任务落地见效。\n— 10 —\n';
    expect(extractPlan(sourceDoc(text), nullLexicon).issues.map((i) => i.code)).not.toContain('truncated');
  });
});

describe('every span the view sets apart keeps surrogate pairs whole', () => {
  it('in bullets, chrome, spacing and page furniture', () => {
    const text = '📌 1、到 2 0 2 5 年 😀 达 到 9 0 %\n分享👍点赞\n— 1 —\n🔹 二、任务\n';
    const { setApart } = read(text);
    expect(setApart.length).toBeGreaterThan(2);
    for (const c of setApart) {
      expect(isLow(text.charCodeAt(c.start)), text.slice(c.start, c.end)).toBe(false);
      expect(isLow(text.charCodeAt(c.end)), text.slice(c.start, c.end)).toBe(false);
    }
  });
});

/** Milliseconds to build the view of a text (best of two runs, to ride out a busy machine). */
function time(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t = performance.now();
    read(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('the view is linear in the text size', () => {
  const prose = '到2025年，孕产妇死亡率控制在12/10万以下，婴儿死亡率控制在5‰以下，';
  it('on a text with no line breaks at all (8 MB)', () => {
    const small = prose.repeat(Math.ceil(1_000_000 / prose.length));
    const big = prose.repeat(Math.ceil(8_000_000 / prose.length));
    const [a, b] = [time(small), time(big)];
    // quadratic work would take 64 times as long; linear about 8
    expect(b).toBeLessThan(Math.max(a * 24, 200));
    expect(b).toBeLessThan(15_000);
  }, 60_000);

  it('on 100,000 short lines, blank lines and page numbers among them', () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 40 === 39 ? `— ${i / 40} —` : i % 7 === 0 ? '' : `第${i}行，推进`)).join(
        '\n',
      );
    const [a, b] = [time(lines(12_500)), time(lines(100_000))];
    expect(b).toBeLessThan(Math.max(a * 24, 200));
    expect(b).toBeLessThan(15_000);
  }, 60_000);
});
