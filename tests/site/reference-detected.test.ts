import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/read/read-source.ts';
import { referenceEntry } from '../../src/lib/site/citation/reference.ts';

const ROOT = join(import.meta.dirname, '../..');
mkdirSync(join(ROOT, 'tmp'), { recursive: true });
const dir = mkdtempSync(join(ROOT, 'tmp', 'reference-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BODY = '一、总体要求\n到2025年，人均预期寿命达到80岁。\n';
const YAML = (title: string) =>
  `region: 乙县\nprovince: 甲省\nlevel: county\ntitle: ${title}\nperiod: [2024, 2026]\nissuer: null\ndate: null\ndocNumber: null\nkind: 行动方案\nurl: null\n`;

/** A plan whose YAML states no issuer, date or 文号: the reference takes what the text states. */
function reference(name: string, text: string, title = 'null'): string {
  writeFileSync(join(dir, `${name}.txt`), text);
  writeFileSync(join(dir, `${name}.yaml`), YAML(title));
  return referenceEntry(readSource(join(dir, `${name}.txt`)).meta, '2026-12-01');
}

describe('references from the metadata the text states', () => {
  it('takes issuer, date and 文号 from the notice and its signature', () => {
    const text = `乙政办发〔2024〕7号\n乙县人民政府办公室关于印发\n乙县基层卫生能力提升三年行动方案的通知\n各乡镇人民政府：\n现印发给你们，请认真组织实施。\n乙县人民政府办公室\n2024年4月2日\n${BODY}`;
    expect(reference('notice', text)).toBe(
      '乙县人民政府办公室. 乙县基层卫生能力提升三年行动方案: 乙政办发〔2024〕7号[Z]. 乙县: 乙县人民政府办公室, 2024-04-02.',
    );
  });

  it('takes the signature at the end when the head states nothing', () => {
    const text = `乙县卫生健康行动方案\n${BODY}\n乙县卫生健康局\n2024年5月6日\n`;
    const entry = reference('signed', text, '乙县卫生健康行动方案');
    expect(entry).toMatch(/^乙县卫生健康局\. 乙县卫生健康行动方案\[Z\]\. 乙县: 乙县卫生健康局, 2024-05-06\.$/u);
  });

  it('says what the text does not state instead of guessing it', () => {
    const entry = reference('bare', BODY);
    expect(entry).toBe('乙县行动方案（原文未载标题）[Z]. 乙县: [出版者不详], [出版年不详].');
  });
});
