import { isUnitText } from './unit-kind.ts';

// Marks that vary between copies of the same name without changing it: every kind of space
// (ASCII, U+00A0, U+2002, U+3000, zero-width), quotes and title marks (“两癌”, 《国民体质测定标准》).
const NOISE = /[\s\u00a0\u2000-\u200b\u3000\ufeff"'“”‘’「」『』《》〈〉]/gu;
// Any dash or tilde between two digits is a range (30—70岁, 0~3岁, 0－3岁).
const RANGE = /(\d)[\u2010-\u2015\u2212~〜-](?=\d)/gu;
const TRAILING_PARENTHETICAL = /\(([^()]*)\)$/u;

/**
 * Folds text for comparison: NFKC first, so full- and half-width parentheses, colons and digits
 * agree and Ⅲ reads as III; then noise marks go, ranges get one dash, Latin goes lower case.
 */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '').replace(RANGE, '$1-').toLowerCase();
}

/**
 * Folds an indicator name and drops a trailing parenthetical when it is a unit ((%), (‰), (人),
 * (张/千人)). Parentheses that belong to the name stay: 执业(助理), 全科(家庭), (其中:基层…).
 * Population words (常住, 户籍) are kept: whether they matter is the aliases' business.
 */
export function foldName(name: string): string {
  const folded = foldText(name);
  const unit = TRAILING_PARENTHETICAL.exec(folded);
  return unit && isUnitText(unit[1] ?? '') ? folded.slice(0, unit.index) : folded;
}
