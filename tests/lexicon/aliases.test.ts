import { describe, expect, it } from 'vitest';
import { lexicon } from './project-lexicon.ts';

describe('every wording in the YAML maps back to its own entry', () => {
  it('loads a lexicon of useful size', () => {
    expect(lexicon.indicators.length).toBeGreaterThanOrEqual(60);
    expect(lexicon.departments.length).toBeGreaterThanOrEqual(40);
    expect(lexicon.topics.length).toBeGreaterThanOrEqual(20);
  });

  it('indicator names and aliases, with and without the canonical unit', () => {
    for (const e of lexicon.indicators) {
      for (const alias of [e.name, ...e.aliases]) {
        expect(lexicon.matchIndicator(alias), alias).toBe(e.id);
        expect(lexicon.matchIndicator(alias, e.unit), alias).toBe(e.id);
      }
    }
  });

  it('indicator aliases still match with a table unit parenthetical left on', () => {
    for (const e of lexicon.indicators) {
      if (e.unit) expect(lexicon.matchIndicator(`${e.name}(${e.unit})`), e.name).toBe(e.id);
    }
  });

  it('department aliases, bare and behind a 市 or 县 prefix', () => {
    for (const e of lexicon.departments) {
      for (const alias of e.aliases) {
        expect(lexicon.matchDepartment(alias), alias).toBe(e.id);
        expect(lexicon.matchDepartment(`市${alias}`), `市${alias}`).toBe(e.id);
        expect(lexicon.matchDepartment(`县${alias}`), `县${alias}`).toBe(e.id);
      }
    }
  });

  it('indicator() finds entries by id', () => {
    expect(lexicon.indicator('beds-per-1000')?.unit).toBe('张');
    expect(lexicon.indicator('no-such-indicator')).toBeUndefined();
  });
});
