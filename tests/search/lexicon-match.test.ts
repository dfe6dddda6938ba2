import { describe, expect, it } from 'vitest';
import type { ManifestIndicator } from '../../src/lib/search/format.ts';
import { matchIndicators, nameForms } from '../../src/lib/search/lexicon-match.ts';
import { parseQuery } from '../../src/lib/search/query.ts';

const indicator = (id: string, terms: string[], range: [number, number] = [0, 3]): ManifestIndicator => ({
  id,
  name: terms[0]!,
  terms,
  topics: [],
  range,
});
const doctors = indicator('doctors-per-1000', [
  '每千人口执业(助理)医师数',
  '每千人执业(助理)医师数',
  '每千常住人口执业(助理)医师数',
]);
const gps = indicator('gps-per-10000', ['每万人口全科(家庭)医生数'], [3, 5]);
const tcm = indicator('tcm-doctors', ['每千人口中医类别执业(助理)医师数'], [5, 6]);
const all = [doctors, gps, tcm];
const ids = (q: string) => matchIndicators(parseQuery(q), all).map((m) => [m.indicator.id, m.exact]);

describe('indicators named by a query', () => {
  it('reads a name without its parenthetical qualifier as the indicator', () => {
    expect(ids('每千人口执业医师')).toEqual([['doctors-per-1000', false]]);
    expect(ids('每千人口执业医师数')).toEqual([['doctors-per-1000', true]]);
    expect(ids('每千人执业医师数')).toEqual([['doctors-per-1000', true]]);
    expect(ids('每万人口全科医生数')).toEqual([['gps-per-10000', true]]);
  });

  it('still matches the names as written, with half- or full-width parentheses', () => {
    expect(ids('每千人口执业(助理)医师数')).toEqual([['doctors-per-1000', true]]);
    expect(ids('每千人口执业（助理）医师数')).toEqual([['doctors-per-1000', true]]);
    expect(ids('中医类别执业医师')).toEqual([['tcm-doctors', false]]);
  });

  it('does not match across a word the name lacks', () => {
    expect(ids('每千人口护士')).toEqual([]);
    expect(ids('全科护士')).toEqual([]);
  });

  it('gives a name both forms only when it has a qualifier', () => {
    expect(nameForms('每千人口执业(助理)医师数')).toEqual([
      '每千人口执业(助理)医师数',
      '每千人口执业医师数',
      '每千人口执业助理医师数',
    ]);
    expect(nameForms('孕产妇死亡率')).toEqual(['孕产妇死亡率']);
    expect(nameForms('(其中)')).toEqual(['(其中)']);
  });
});
