import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon, loadLexicon } from '../../src/lib/lexicon/load.ts';

const topic = { id: 'beds', name: '床位配置', keywords: ['床位'] };
const beds = {
  id: 'beds-per-1000',
  name: '每千人口医疗卫生机构床位数',
  unit: '张',
  better: 'higher',
  category: '卫生资源',
  topics: ['beds'],
};
const health = { id: 'health', name: '卫生健康', aliases: ['卫生健康委'] };

describe('lexicon schemas', () => {
  it('accept a minimal lexicon and fill in defaults', () => {
    const lex = buildLexicon({
      indicators: [{ id: 'x', name: '某指标', better: 'lower' }],
      departments: [health],
      topics: [topic],
    });
    expect(lex.indicator('x')).toEqual({
      id: 'x',
      name: '某指标',
      aliases: [],
      unit: null,
      better: 'lower',
      category: '其他',
      topics: [],
      definition: null,
      reference: null,
    });
  });

  it('keep a definition and a reference, and refuse an empty one', () => {
    const entry = { ...beds, definition: '床位数与常住人口之比。', reference: 'WS/T 598.9—2018' };
    const lex = buildLexicon({ indicators: [entry], departments: [health], topics: [topic] });
    expect(lex.indicator('beds-per-1000')).toMatchObject({
      definition: '床位数与常住人口之比。',
      reference: 'WS/T 598.9—2018',
    });
    const blank = () =>
      buildLexicon({ indicators: [{ ...beds, reference: '  ' }], departments: [health], topics: [topic] });
    expect(blank).toThrow(/entry 1 \(beds-per-1000\)\.reference: must not be empty/u);
  });

  it('reject a duplicate id, naming the file and both entries', () => {
    const build = () =>
      buildLexicon({ indicators: [beds, { ...beds, name: '另一个名称' }], departments: [health], topics: [topic] });
    expect(build).toThrow(/indicators\.yaml/u);
    expect(build).toThrow(/entry 2 \(beds-per-1000\)\.id: duplicate id "beds-per-1000" \(first used by entry 1\)/u);
  });

  it('reject an alias claimed by two entries, even in another width', () => {
    const other = { ...beds, id: 'other', name: '其他床位', aliases: ['每千人口医疗卫生机构床位数'] };
    expect(() => buildLexicon({ indicators: [beds, other], departments: [health], topics: [topic] })).toThrow(
      /already claimed by beds-per-1000/u,
    );
    const dup = { id: 'health-2', name: '卫健', aliases: ['卫生 健康委'] };
    expect(() => buildLexicon({ indicators: [], departments: [health, dup], topics: [topic] })).toThrow(
      /departments\.yaml[\s\S]*already claimed by health/u,
    );
  });

  it('reject bad ids, missing fields and unknown topics', () => {
    expect(() =>
      buildLexicon({ indicators: [{ ...beds, id: 'Beds_1000' }], departments: [], topics: [topic] }),
    ).toThrow(/kebab-case/u);
    expect(() => buildLexicon({ indicators: [{ id: 'x', name: '某指标' }], departments: [], topics: [topic] })).toThrow(
      /entry 1 \(x\)\.better/u,
    );
    expect(() =>
      buildLexicon({ indicators: [{ ...beds, topics: ['bed'] }], departments: [], topics: [topic] }),
    ).toThrow(/unknown topic "bed"/u);
    expect(() => buildLexicon({ indicators: [], departments: [], topics: [topic, topic] })).toThrow(/topics\.yaml/u);
  });

  it('loadLexicon names the file on disk that fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planatlas-lexicon-'));
    writeFileSync(join(dir, 'topics.yaml'), '- {id: beds, name: 床位配置, keywords: [床位]}\n');
    writeFileSync(
      join(dir, 'departments.yaml'),
      '- {id: health, name: 卫生健康, aliases: [卫生健康委]}\n- {id: health, name: 卫生, aliases: []}\n',
    );
    writeFileSync(join(dir, 'indicators.yaml'), '[]\n');
    expect(() => loadLexicon(dir)).toThrow(join(dir, 'departments.yaml'));
    writeFileSync(join(dir, 'departments.yaml'), '- {id: health, name: [unclosed\n');
    expect(() => loadLexicon(dir)).toThrow(/departments\.yaml: not valid YAML/u);
  });
});
