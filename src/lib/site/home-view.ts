import type { SiteData } from './data/site-data.ts';
import { LEVEL_NAMES } from './format.ts';
import { byChinese } from './group.ts';
import { indicatorName } from './lookups.ts';

const TOP_INDICATORS = 12;

type HomeData = Pick<SiteData, 'plans' | 'indicators' | 'tasks' | 'lexicon'>;

/** What the library covers: where, which levels, which years, how much is comparable. */
export function coverage(data: HomeData) {
  const levels = Object.entries(LEVEL_NAMES)
    .map(([level, name]) => ({ name, count: data.plans.filter((p) => p.level === level).length }))
    .filter((l) => l.count > 0);
  const years = data.plans.flatMap((p) => p.period);
  const mapped = data.indicators.filter((t) => t.indicator !== null).length;
  return {
    provinces: [...new Set(data.plans.flatMap((p) => (p.province ? [p.province] : [])))].sort(byChinese),
    levels,
    period: years.length > 0 ? ([Math.min(...years), Math.max(...years)] as const) : null,
    mapped,
    unmapped: data.indicators.length - mapped,
    indicators: new Set(data.indicators.flatMap((t) => (t.indicator ? [t.indicator] : []))).size,
  };
}

export function homeEntries(data: HomeData) {
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
      indicators: data.lexicon.indicators.filter((i) => i.topics.includes(t.id) && plansPer.has(i.id)).length,
    }))
    .filter((t) => t.tasks + t.indicators > 0);
  return { counts, indicators, topics };
}
