import { describe, expect, it } from 'vitest';
import { joinPieces, tidySpaces } from '../../../src/lib/read/pdf/join-text.ts';

describe('tidySpaces', () => {
  it('drops the spaces a layout puts between Chinese and digits or Latin', () => {
    expect(tidySpaces('到 2026 年，床位 7.5 张')).toBe('到2026年，床位7.5张');
    expect(tidySpaces('（2024—2026 年）')).toBe('（2024—2026年）');
    expect(tidySpaces('覆盖率达到 90% 以上')).toBe('覆盖率达到90%以上');
    expect(tidySpaces('表 1　主要指标')).toBe('表1主要指标');
  });

  it('keeps one space between Latin words and numbers', () => {
    expect(tidySpaces('Healthy  China 2030')).toBe('Healthy China 2030');
    expect(tidySpaces('80 - 85')).toBe('80 - 85');
  });
});

describe('joinPieces', () => {
  it('joins Chinese without a space, even across a visible gap of less than an em', () => {
    expect(joinPieces('满足群众健康需求的迫切', '需要', 0.5)).toBe('满足群众健康需求的迫切需要');
    expect(joinPieces('达到', '90%', 0.4)).toBe('达到90%');
  });

  it('keeps a deliberate spread and separates Latin words at a gap', () => {
    expect(joinPieces('石泉县人民政府办公室', '2024年4月2日', 3)).toBe('石泉县人民政府办公室 2024年4月2日');
    expect(joinPieces('primary', 'care', 0.5)).toBe('primary care');
    expect(joinPieces('pri', 'mary', 0)).toBe('primary');
  });
});
