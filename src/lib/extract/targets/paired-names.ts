import { splitTopLevel } from '../util/brackets.ts';

/**
 * Splits a phrase holding lists of `k` items into `k` names, or null when its lists do not
 * have `k` items. One list: "A、B、C合格率" → A合格率, B合格率, C合格率 (the items between the
 * first and the last tell how long the last is). Two lists: "高血压、糖尿病患者血压、血糖控制率"
 * → 高血压患者血压控制率, 糖尿病患者血糖控制率 (items of a list are about as long as each other,
 * and the second list's items are told apart where their characters agree: 血压/血糖).
 */
export function splitNames(phrase: string, k: number): string[] | null {
  const parts = splitTopLevel(phrase, 0, phrase.length, '、').map((p) => phrase.slice(p.start, p.end).trim());
  if (parts.some((p) => p === '')) return null;
  if (parts.length === k && k >= 3) {
    const len = Math.round(mean(parts.slice(1, -1).map((p) => p.length)));
    const lastPart = parts[k - 1]!;
    if (lastPart.length <= len) return null;
    const tail = lastPart.slice(len);
    return [...parts.slice(0, -1), lastPart.slice(0, len)].map((item) => `${item}${tail}`);
  }
  if (parts.length !== 2 * k - 1) return null;
  const firstLen = k > 2 ? Math.round(mean(parts.slice(1, k - 1).map((p) => p.length))) : parts[0]!.length;
  const joint = parts[k - 1]!;
  if (joint.length <= firstLen) return null;
  const rest = joint.slice(firstLen);
  const end = parts[2 * k - 2]!;
  const secondLen = k > 2 ? Math.round(mean(parts.slice(k, 2 * k - 2).map((p) => p.length))) : agreeLength(rest, end);
  if (secondLen === 0 || secondLen > rest.length || secondLen > end.length) return null;
  const middle = rest.slice(0, rest.length - secondLen);
  const tail = end.slice(secondLen);
  const first = [...parts.slice(0, k - 1), joint.slice(0, firstLen)];
  const second = [rest.slice(-secondLen), ...parts.slice(k, 2 * k - 2), end.slice(0, secondLen)];
  return first.map((a, j) => `${a}${middle}${second[j]}${tail}`);
}

/**
 * Two items joined once by 、/和/及/与 whose last ends in an indicator word ("婴儿和5岁以下儿童
 * 死亡率" → 婴儿死亡率, 5岁以下儿童死亡率): the word is shared. Null when no listed word ends it.
 */
export function splitPair(phrase: string, heads: readonly string[]): string[] | null {
  const parts = phrase.split(/[、和及与]/u);
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return null;
  const [a, b] = parts.map((p) => p.trim()) as [string, string];
  const head = heads.find((h) => b.endsWith(h) && b.length > h.length && !a.endsWith(h));
  return head ? [`${a}${head}`, b] : null;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/**
 * Length x where the last x characters of `a` and the first x of `b` agree most, position by
 * position; 0 when no length agrees at all (the lists cannot be told apart without guessing).
 */
function agreeLength(a: string, b: string): number {
  let best = 0;
  let score = 0;
  for (let x = 1; x <= Math.min(a.length - 1, b.length, 12); x++) {
    const s = [...a.slice(-x)].filter((c, j) => b[j] === c).length;
    if (s > score) [best, score] = [x, s];
  }
  return best;
}
