import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/lib/export/run-extract.ts';
import { extractPlan } from '../../src/lib/extract/index.ts';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { chineseMessage, messageTexts, quotedFragment, readAs, recordNote } from '../../src/lib/site/messages.ts';
import type { IndicatorRecord, Issue } from '../../src/lib/types.ts';

const ROOT = join(import.meta.dirname, '../..');
const LEXICON = join(ROOT, 'content', 'lexicon');
const texts = messageTexts(LEXICON);
/** Three English words in a row: what a message left untranslated would show. */
const ENGLISH = /[A-Za-z]+ [a-z]+ [a-z]+/u;

const outs: string[] = [];
async function extracted(plans: string): Promise<{ issues: Issue[]; indicators: IndicatorRecord[] }> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'tmp', 'messages-'));
  outs.push(out);
  await runExtract(
    { out, plans, lexicon: LEXICON, strict: false, quiet: true },
    { extractPlan, loadLexicon, error: () => {} },
  );
  const read = <T>(name: string) => JSON.parse(readFileSync(join(out, name), 'utf8')) as T;
  return { issues: read('issues.json'), indicators: read('indicators.json') };
}

const corpora = [join(ROOT, 'content', 'plans'), join(ROOT, '..', 'shared', 'samples')].filter((d) => existsSync(d));
const found: { issues: Issue[]; indicators: IndicatorRecord[] }[] = [];
beforeAll(async () => {
  for (const dir of corpora) found.push(await extracted(dir));
}, 120_000);
afterAll(() => outs.forEach((o) => rmSync(o, { recursive: true, force: true })));

describe('Chinese messages', () => {
  it('has a Chinese text for every code the extraction writes on the project’s plans and samples', () => {
    const codes = new Set(found.flatMap((f) => f.issues.map((i) => i.code)));
    expect(codes.size).toBeGreaterThan(10);
    expect([...codes].filter((c) => !(c in texts)).sort()).toEqual([]);
  });

  it('shows every message and record repair of those plans without English', () => {
    for (const i of found.flatMap((f) => f.issues)) {
      const shown = chineseMessage(i.code, i.message, texts);
      const quote = quotedFragment(i.message) ?? '';
      expect(shown.replace(quote, ''), `${i.code}: ${i.message}`).not.toMatch(ENGLISH);
      expect(shown).toMatch(/\p{Script=Han}/u);
    }
    for (const r of found.flatMap((f) => f.indicators.flatMap((t) => t.repairs)))
      expect(recordNote(r, texts).replace(quotedFragment(r) ?? '', ''), r).not.toMatch(ENGLISH);
  });

  it('puts the quoted fragment in, and leaves no empty brackets when there is none', () => {
    expect(chineseMessage('page-number', 'page number "— 9 —" cut out of the reading text', texts)).toBe(
      '页码“— 9 —”不计入正文',
    );
    expect(chineseMessage('redacted-unit', 'responsible unit is redacted', texts)).toBe('责任单位在原文中被略去');
    expect(chineseMessage('repair-ocr-digit', 'repair-ocr-digit: IOO read as 100', texts)).toBe(
      '形近字母按数字读取（“IOO”读作“100”）',
    );
    expect(chineseMessage('repair-ocr-digit', 'letters taken for digits', texts)).toBe('形近字母按数字读取');
    expect(chineseMessage('truncated', 'the text ends mid-sentence: the source looks truncated', texts)).toBe(
      '原文在此中断，疑似不完整',
    );
    expect(chineseMessage('truncated', 'the text ends mid-sentence ("…稳"): truncated', texts)).toBe(
      '原文在此中断，疑似不完整（止于“…稳”）',
    );
    expect(recordNote('repair-ge-digit: 225 read as ≥25', texts)).toBe(
      '表格数值“225”开头的“2”是“≥”的误读，已按“≥25”读取',
    );
    expect(recordNote('repair-permille: unit "%。" read as ‰', texts)).toBe('单位“%。”按“‰”读取');
  });

  it('reads what a repair read and what it read it as, quoted or not', () => {
    expect(readAs('repair-ge-digit: 290 read as ≥90')).toEqual({ from: '290', to: '≥90' });
    expect(readAs('repair-ocr-digit: "IOO" read as 100')).toEqual({ from: 'IOO', to: '100' });
    expect(readAs('repair-fullwidth-digit: "１２" read as "12"')).toEqual({ from: '１２', to: '12' });
    expect(readAs('repair-permille: unit "%。" read as ‰')).toEqual({ from: '%。', to: '‰' });
    expect(readAs('the unit parenthetical is empty in the source')).toBeNull();
  });

  it('has a Chinese text for every reason a record is quoted rather than restated', () => {
    for (const code of [
      'garbled',
      'redacted',
      'name-missing',
      'name-list',
      'name-split',
      'name-stray-separator',
      'name-basis',
    ])
      expect(recordNote(code, texts), code).toMatch(/^\p{Script=Han}/u);
    for (const t of found.flatMap((f) => f.indicators))
      for (const code of t.uncertain) expect(recordNote(code, texts), code).not.toContain('代码');
  });

  it('has a Chinese text for the codes of files that could not be read and of assignment tables', () => {
    const codes = ['assignment-table', 'bad-bytes', 'extract-failed', 'not-a-plan', 'not-a-file', 'symlink-dangling'];
    for (const code of [...codes, 'symlink-folder', 'pdf-encrypted', 'pdf-damaged', 'pdf-scanned']) {
      expect(texts[code], code).toBeDefined();
      expect(chineseMessage(code, `${code}: something in English here`, texts)).toMatch(/^[\p{Script=Han}P]/u);
    }
  });

  it('never falls back to the English detail for a code it does not know', () => {
    expect(chineseMessage('new-code', 'something new happened here', texts)).not.toContain('something');
  });
});
