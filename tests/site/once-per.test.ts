import { describe, expect, it } from 'vitest';
import { oncePer } from '../../src/lib/site/data/once-per.ts';

describe('oncePer', () => {
  it('works a structure out once per input and keeps inputs apart', () => {
    let made = 0;
    const sizeOf = oncePer((list: readonly number[]) => {
      made++;
      return { size: list.length };
    });
    const a = [1, 2, 3];
    const b = [4];
    const first = sizeOf(a);
    expect(sizeOf(a)).toBe(first);
    expect(sizeOf(b)).toEqual({ size: 1 });
    expect(first).toEqual({ size: 3 });
    expect(made).toBe(2);
  });

  it('keeps a result that is falsy, without working it out again', () => {
    let made = 0;
    const none = oncePer((_: object) => {
      made++;
      return undefined;
    });
    const input = {};
    none(input);
    none(input);
    expect(made).toBe(1);
  });
});
