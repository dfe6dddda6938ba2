import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../src/lib/extract/index.ts';
import { loadRules } from '../../../src/lib/extract/rules/load-rules.ts';
import { buildView } from '../../../src/lib/extract/view/build-view.ts';
import { normalizeLineEndings } from '../../../src/lib/extract/view/line-endings.ts';
import { toSource } from '../../../src/lib/extract/view/text-view.ts';
import { loadLexicon } from '../../../src/lib/lexicon/load.ts';
import { readSource } from '../../../src/lib/read/read-source.ts';
import type { PlanExtraction } from '../../../src/lib/types.ts';

describe('line endings', () => {
  it('reads CRLF, CR, U+2028, U+2029 and NEL as one "\\n" each, mapped to the source', () => {
    const source = 'a\r\nb\rc\u2028d\u2029e\u0085f\n\r\ng';
    const { view, count } = normalizeLineEndings(source);
    expect(view.text).toBe('a\nb\nc\nd\ne\nf\n\ng');
    expect(count).toBe(6);
    for (let i = 0; i < view.text.length; i++)
      if (view.text[i] !== '\n') expect(source[view.map[i]!]).toBe(view.text[i]);
    // a view span across a CRLF quotes it whole
    const at = view.text.indexOf('a');
    const span = toSource(view, at, at + 3);
    expect(source.slice(span.start, span.end)).toBe('a\r\nb');
  });

  it('leaves an LF text as it is', () => {
    const { view, count } = normalizeLineEndings('一\n二\n');
    expect(view.text).toBe('一\n二\n');
    expect(count).toBe(0);
  });
});

const plansDir = join(import.meta.dirname, '../../../content/plans');
const plans = readdirSync(plansDir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));

/** The records of an extraction, offsets mapped back to the LF text, for comparison. */
function records(x: PlanExtraction, toLf: (offset: number) => number) {
  const at = (r: { start: number; end: number }) => [toLf(r.start), toLf(r.end)];
  return {
    indicators: x.indicators.map((t) => [t.name, t.valueText, t.value, t.year, t.unit, ...at(t)]),
    tasks: x.tasks.map((t) => [t.title, t.lead, t.partners, ...at(t)]),
    units: x.units.map((u) => [u.name, u.role, ...at(u)]),
    outline: x.outline.map((h) => [h.numbering, h.title, ...at(h)]),
    paragraphs: x.paragraphs.map((p) => [p.kind, ...at(p)]),
  };
}

describe('every plan reads alike with CRLF and lone CR line endings', () => {
  const lexicon = loadLexicon(join(import.meta.dirname, '../../../content/lexicon'));
  for (const file of plans) {
    it(file, () => {
      const lf = readSource(join(plansDir, file));
      const original = extractPlan(lf, lexicon);
      expect(original.indicators.length).toBeGreaterThan(0);
      for (const [ending, width] of [
        ['\r\n', 2],
        ['\r', 1],
      ] as const) {
        const text = lf.text.replace(/\n/gu, ending);
        // an LF offset o sits after o LF-line breaks' worth of extra characters in the CRLF text
        const toLf = lfOffsets(text, width);
        const result = extractPlan({ ...lf, text }, lexicon);
        for (const r of [...result.indicators, ...result.tasks, ...result.units])
          expect(text.slice(r.start, r.end)).toBe(r.quote);
        expect(records(result, toLf)).toEqual(records(original, (o) => o));
      }
    });
  }
});

/** Maps offsets of the converted text to the LF original (a CRLF pair is one LF). */
function lfOffsets(text: string, width: 1 | 2): (offset: number) => number {
  const lf = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    lf[i] = k;
    if (!(width === 2 && text[i] === '\r')) k++;
  }
  return (offset) => lf[offset]!;
}

describe('page furniture reads alike under every line ending', () => {
  const lf = '（一）加强领导\n　　孕产妇死亡率控制在\n— 9 —\n12/10万以下。\n▶ 1、任务\n分享 | 点赞 | 在看\n';
  it.each([['\r\n'], ['\r'], ['\u2028'], ['\u0085']])('with %j', (ending) => {
    const expected = buildView(lf, loadRules(), false).view.text;
    const text = lf.replace(/\n/gu, ending);
    const { view } = buildView(text, loadRules(), false);
    expect(view.text).toBe(expected);
    const at = view.text.indexOf('控制在12');
    const span = toSource(view, at, at + 5);
    expect(text.slice(span.start, span.end)).toBe(`控制在${ending}— 9 —${ending}12`);
  });
});
