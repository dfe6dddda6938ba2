import type { TopicEntry } from '../lexicon/types.ts';
import type { IndicatorRecord, TaskRecord } from '../types.ts';
import type { SiteLexicon } from './data/lexicon.ts';

/** A topic's targets: those of its canonical indicators, and any stated inside one of its tasks. */
export function topicTargets(
  lexicon: SiteLexicon,
  targets: readonly IndicatorRecord[],
  tasks: readonly TaskRecord[],
  topic: string,
): IndicatorRecord[] {
  const indicators = new Set(lexicon.indicators.filter((i) => i.topics.includes(topic)).map((i) => i.id));
  const inTasks = new Set(tasks.filter((t) => t.topics.includes(topic)).map((t) => t.id));
  return targets.filter(
    (t) => (t.indicator !== null && indicators.has(t.indicator)) || (t.task !== null && inTasks.has(t.task)),
  );
}

export function topicTasks(tasks: readonly TaskRecord[], topic: string): TaskRecord[] {
  return tasks.filter((t) => t.topics.includes(topic));
}

/** Lexicon topics, plus ids that tasks carry but a stale lexicon lacks, so every tag link leads somewhere. */
export function allTopics(lexicon: SiteLexicon, tasks: readonly TaskRecord[]): TopicEntry[] {
  const unknown = [...new Set(tasks.flatMap((t) => t.topics))].filter((id) => !lexicon.topics.some((t) => t.id === id));
  return [...lexicon.topics, ...unknown.map((id) => ({ id, name: id, keywords: [] }))];
}
