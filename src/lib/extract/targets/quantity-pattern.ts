import type { Rules } from '../rules/types.ts';
import { esc, POST, PRE } from './quantity-words.ts';

// only 一 counts as a target in words ("建成一个", "至少一次"); 四个…行动, 五个一批 name programmes
const CN_COUNT = '一';
const GAP = '[ \\t\\u3000]{0,3}';
// the first figure of a ratio written as two ("1∶1.2", "1:0.6")
const PAIRED = '[\\d０-９]+(?:[.．][\\d０-９]+)?[:：∶]';
const alt = (words: readonly string[]): string => words.map(esc).join('|');

/** A number with a measure word (or a bare fraction, "下降1/4"), its comparison words around it. */
export function quantityPattern(rules: Rules): RegExp {
  const units = [...rules.measureWords, '%。', '%o']
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
  const pre = alt(PRE.map(([w]) => w));
  const post = alt(POST.map(([w]) => w));
  // A digit run is taken whole (a lookahead is atomic) and only where no digit stands before it,
  // so long runs of digits or OCR letters cost linear time; the run is judged in readQuantity.
  const num = `(?=(?<run>[\\d０-９IlO]+(?:(?:\\.|(?<=[０-９])．)[\\d０-９IlO]+)?))\\k<run>`;
  const word = `(?<![\\d０-９IlO])(?<![\\d０-９][.．])(?:\\d+/\\d+(?![\\d万#])|${num}|#(?=人次|个|名|%)|${CN_COUNT}(?=[个所名次张家项](?!性)))`;
  return new RegExp(
    `(?<pre>${pre})?${GAP}(?<num>${word})(?:${GAP}(?:%|‰)?${GAP}[~～\\-—–至到]${GAP}(?<upper>\\d+(?:\\.\\d+)?))?${GAP}(?<unit>${units}|(?<=\\d/\\d{1,3})(?=[，,。；;)）\\s])|${unitless(rules, pre, post)})(?<post>${post})?`,
    'gu',
  );
}

/**
 * Where a number with no measure word still is a level ("控制在40以下", "性别比保持在107左右"):
 * an empty match that only a target verb before it (and a comparison after it, or a ratio's
 * name before the verb) allows, so that bare figures never enter the pass.
 */
function unitless(rules: Rules, pre: string, post: string): string {
  if (rules.unitlessVerbs.length === 0) return '(?!)';
  const figure = `[\\d０-９]+(?:[.．][\\d０-９]+)?(?:${GAP}[~～\\-—–至到]${GAP}[\\d０-９]+(?:[.．][\\d０-９]+)?)?`;
  const verbs = `(?:${alt(rules.unitlessVerbs)})`;
  const levelled = `(?<=${verbs}(?:${pre})?${GAP}${figure})(?=${GAP}(?:${post}))`;
  if (rules.ratioWords.length === 0) return levelled;
  const ratio = `(?<=(?:${alt(rules.ratioWords)})(?:${verbs}(?:${pre})?|${pre})${GAP}(?:${PAIRED})?${figure})(?=${GAP}(?:${post})|[，,。；;、)）\\s]|[.．](?![\\d０-９])|$)`;
  return `${levelled}|${ratio}`;
}
