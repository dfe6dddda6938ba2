import { foldText } from './fold-name.ts';
import type { TopicEntry } from './types.ts';

export type TopicsFor = (text: string) => string[];

/** Topic ids whose keywords occur in a text, in lexicon order; both sides folded alike. */
export function topicMatcher(topics: readonly TopicEntry[]): TopicsFor {
  const folded = topics.map((t) => ({ id: t.id, keywords: t.keywords.map(foldText).filter((k) => k !== '') }));
  return (text) => {
    const haystack = foldText(text);
    return folded.filter((t) => t.keywords.some((k) => haystack.includes(k))).map((t) => t.id);
  };
}
