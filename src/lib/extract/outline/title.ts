import type { Rules } from '../rules/types.ts';

const CLAUSE = /[，,；;：:]/u;

/**
 * End of a heading's title in text whose line breaks were lost: the title runs into the body
 * with nothing between them. A table of contents names it when there is one; otherwise the
 * title stops at the next heading, a full stop or a clause mark, and a long title is cut where
 * a heading ending meets a verb ("信息数据资源配置|持续推进…").
 */
export function flatTitleEnd(
  text: string,
  from: number,
  limit: number,
  tocTitles: readonly string[],
  rules: Rules,
): number {
  let best = 0;
  for (const t of tocTitles) if (t.length > best && text.startsWith(t, from)) best = t.length;
  if (best > 0) return from + best;
  // a section word opening the text is the whole title: "发展目标|到2025年…", "指导思想|以…"
  const sectionWord = Object.values(rules.sections)
    .flat()
    .filter((w) => text.startsWith(w, from))
    .sort((a, b) => b.length - a.length)[0];
  if (sectionWord && !/^[，,。；;及与和、]/u.test(text.slice(from + sectionWord.length)))
    return from + sectionWord.length;
  const stop = text.indexOf('。', from);
  const end = Math.min(limit, stop < 0 ? text.length : stop, from + 60);
  const span = text.slice(from, end);
  const clause = span.search(CLAUSE);
  // a short sentence with no clause marks is a heading run into a run-in heading: kept whole
  // here, split where the run-in heading starts by the outline
  if (clause < 0 && end === stop && span.length <= 40) return end;
  const title = clause > 0 ? span.slice(0, clause) : span;
  if (title.length <= 14 && clause < 0) return from + title.length;
  // an opening quote well into a run-together title starts the body: "…取得显著成果|“十三五”期间"
  const quote = title.indexOf('“');
  if (quote >= 4) return from + quote;
  const cut = verbSplit(title, rules);
  return from + (cut > 0 ? cut : Math.min(title.length, 30));
}

/**
 * Index where a heading ending is followed by a heading verb, at least 4 characters from either
 * end; 0 if none. `last` picks the last such place (a heading run into a run-in heading), else
 * the first (a title run into its body).
 */
export function verbSplit(title: string, rules: Rules, last = false): number {
  let found = 0;
  for (let i = 4; i <= title.length - 4; i++) {
    const before = title.slice(0, i);
    if (!rules.headingEndings.some((w) => before.endsWith(w))) continue;
    if (!rules.headingVerbs.some((v) => title.startsWith(v, i))) continue;
    if (!last) return i;
    found = i;
  }
  return found;
}
