import type { TopicEntry } from '../lexicon/types.ts';
import type { TaskRecord } from '../types.ts';
import { recordsWith } from './data/index-by.ts';

export interface TopicTaskRow {
  topic: Pick<TopicEntry, 'id' | 'name'>;
  /** One cell per plan, in the plans' order: that plan's tasks on this topic, in text order. */
  cells: { plan: string; tasks: TaskRecord[] }[];
}

/** Tasks without a topic still belong side by side, under one row of their own. */
export const NO_TOPIC = { id: '', name: '未归类' };

/** The plans' tasks grouped by topic, topics in lexicon order; a task with two topics is in both rows. */
export function tasksByTopic(
  plans: readonly { id: string }[],
  tasks: readonly TaskRecord[],
  topics: readonly Pick<TopicEntry, 'id' | 'name'>[],
): TopicTaskRow[] {
  const row = (topic: Pick<TopicEntry, 'id' | 'name'>, has: (t: TaskRecord) => boolean): TopicTaskRow => ({
    topic,
    cells: plans.map((p) => ({
      plan: p.id,
      tasks: recordsWith(tasks, 'plan', p.id)
        .filter(has)
        .sort((a, b) => a.start - b.start),
    })),
  });
  const rows = [
    ...topics.map((topic) => row(topic, (t) => t.topics.includes(topic.id))),
    row(NO_TOPIC, (t) => t.topics.length === 0),
  ];
  return rows.filter((r) => r.cells.some((c) => c.tasks.length > 0));
}
