import { foldText } from './fold-name.ts';
import type { TopicEntry } from './types.ts';

export type TopicsForTask = (title: string, body: string, units: readonly string[]) => string[];

/** A topic the title does not name needs this many keyword mentions in the body, at least… */
const MIN_MENTIONS = 2;
/** …and this share of the body's most mentioned topic: a passing mention does not make a subject. */
const MIN_SHARE = 0.5;

function mentions(haystack: string, keyword: string): number {
  let n = 0;
  for (let at = haystack.indexOf(keyword); at >= 0; at = haystack.indexOf(keyword, at + keyword.length)) n++;
  return n;
}

/**
 * Topic ids of a task, by what it is about: every topic its title names, then the topics the
 * body dwells on (mentioned at least twice, and at least half as often as the body's main
 * topic). A body without a topic of its own — and a title that names none — keeps its main
 * topic even when mentioned once. The responsible units' names are not the task's subject
 * (市教育体育局 is no 全民健身, 市卫生计生委 no 计划生育), so they are taken out first.
 */
export function taskTopicMatcher(topics: readonly TopicEntry[]): TopicsForTask {
  const folded = topics.map((t) => ({ id: t.id, keywords: t.keywords.map(foldText).filter((k) => k !== '') }));
  return (title, body, units) => {
    const names = [...new Set(units.map(foldText).filter((u) => u.length > 1))].sort((a, b) => b.length - a.length);
    let text = foldText(body);
    for (const name of names) text = text.replaceAll(name, '\u0000');
    const head = foldText(title);
    const counts = folded.map((t) => ({
      id: t.id,
      inTitle: t.keywords.some((k) => head.includes(k)),
      n: t.keywords.reduce((s, k) => s + mentions(text, k), 0),
    }));
    const top = Math.max(0, ...counts.map((c) => c.n));
    const anyInTitle = counts.some((c) => c.inTitle);
    return counts
      .filter(
        (c) =>
          c.inTitle ||
          (c.n >= MIN_MENTIONS && c.n >= top * MIN_SHARE) ||
          (!anyInTitle && c.n > 0 && c.n === top && top < MIN_MENTIONS),
      )
      .map((c) => c.id);
  };
}
