import type { SiteData } from './data/site-data.ts';
import { indicatorName } from './lookups.ts';

const TOP_INDICATORS = 12;

export function homeEntries(data: Pick<SiteData, 'plans' | 'indicators' | 'tasks' | 'lexicon'>) {
  const counts = {
    plans: data.plans.length,
    regions: new Set(data.plans.map((p) => p.region)).size,
    targets: data.indicators.length,
    tasks: data.tasks.length,
  };
  const plansPer = new Map<string, Set<string>>();
  for (const t of data.indicators) {
    if (t.indicator !== null) plansPer.set(t.indicator, (plansPer.get(t.indicator) ?? new Set()).add(t.plan));
  }
  const indicators = [...plansPer]
    .map(([id, plans]) => ({ id, name: indicatorName(data.lexicon, id), plans: plans.size }))
    .sort((a, b) => b.plans - a.plans || (a.id < b.id ? -1 : 1))
    .slice(0, TOP_INDICATORS);
  const topics = data.lexicon.topics
    .map((t) => ({
      id: t.id,
      name: t.name,
      tasks: data.tasks.filter((task) => task.topics.includes(t.id)).length,
      indicators: data.lexicon.indicators.filter((i) => i.topics.includes(t.id)).length,
    }))
    .filter((t) => t.tasks + t.indicators > 0);
  return { counts, indicators, topics };
}
