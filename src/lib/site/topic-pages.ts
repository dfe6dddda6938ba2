import type { TopicEntry } from '../lexicon/types.ts';
import type { IndicatorRecord, TaskRecord } from '../types.ts';
import { requireId } from './data/index-by.ts';
import { oncePer } from './data/once-per.ts';
import type { SiteData } from './data/site-data.ts';
import { planOf } from './lookups.ts';
import { pageByProvince, type Paged } from './paging/by-province.ts';
import { allTopics, topicTargets, topicTasks } from './topic-view.ts';

/** A row of a topic's listing: a target or a task, paged together so a province's page holds both. */
export type TopicItem = { kind: 'target'; record: IndicatorRecord } | { kind: 'task'; record: TaskRecord };

export interface TopicPages {
  id: string;
  topic: TopicEntry;
  targets: number;
  tasks: number;
  plans: number;
  /** The topic's canonical indicators that some plan sets, with how many targets each. */
  indicators: { id: string; name: string; count: number }[];
  paged: Paged<TopicItem>;
}

export const topicPages = oncePer((data: SiteData): TopicPages[] =>
  allTopics(data.lexicon, data.tasks).map((topic) => {
    const targets = topicTargets(data.lexicon, data.indicators, data.tasks, topic.id);
    const tasks = topicTasks(data.tasks, topic.id);
    const items: TopicItem[] = [
      ...targets.map((record) => ({ kind: 'target' as const, record })),
      ...tasks.map((record) => ({ kind: 'task' as const, record })),
    ];
    const counts = new Map<string, number>();
    for (const t of targets) if (t.indicator) counts.set(t.indicator, (counts.get(t.indicator) ?? 0) + 1);
    const indicators = data.lexicon.indicators
      .filter((i) => counts.has(i.id))
      .map((i) => ({ id: i.id, name: i.name, count: counts.get(i.id)! }));
    return {
      id: topic.id,
      topic,
      targets: targets.length,
      tasks: tasks.length,
      plans: new Set(items.map((i) => i.record.plan)).size,
      indicators,
      paged: pageByProvince(items, (i) => planOf(data.plans, i.record.plan)),
    };
  }),
);

export const topicPagesOf = (data: SiteData, id: string): TopicPages => requireId(topicPages(data), id, 'topic');

export const targetsIn = (items: readonly TopicItem[]) => items.flatMap((i) => (i.kind === 'target' ? [i.record] : []));
export const tasksIn = (items: readonly TopicItem[]) => items.flatMap((i) => (i.kind === 'task' ? [i.record] : []));
