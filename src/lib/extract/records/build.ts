import type { IndicatorRecord, OutlineEntry, PlanExtraction, PlanRecord, TaskRecord, UnitRecord } from '../../types.ts';
import type { PlanData } from '../data.ts';
import { idMaker } from './ids.ts';
import { pageFinder } from './page.ts';
import { resolveConflicts, uncertainty } from './indicator-flags.ts';
import { quoteOf } from './quote.ts';

/** Turns the stages' drafts into the exported records, with source offsets and ids. */
export function buildRecords(data: PlanData): Omit<PlanExtraction, 'issues' | 'paragraphs' | 'grids' | 'setApart'> {
  const { source, view, lexicon } = data;
  const planId = source.meta.id;
  const text = source.text;
  const plan: PlanRecord = {
    ...source.meta,
    sha256: source.sha256,
    encoding: source.encoding,
    format: source.format,
    length: text.length,
  };
  const pageOf = pageFinder(source.pages);
  const taskId = idMaker(planId, 't');
  const targetId = idMaker(planId, 'i');
  const unitId = idMaker(planId, 'u');
  const taskIds = data.tasks.map((t) => taskId(t.path.join('/'), t.title));
  const inTask = (start: number) => data.tasks.findIndex((t) => start >= t.text.start && start < t.text.end);

  const indicators: IndicatorRecord[] = data.targets.map((t) => {
    const k = inTask(t.start);
    return {
      id: targetId(t.source, t.name, t.year, t.valueText),
      plan: planId,
      name: t.name,
      indicator: lexicon.matchIndicator(t.name, t.unit),
      unit: t.unit,
      year: t.year,
      op: t.op,
      value: t.value,
      valueText: t.valueText,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue,
      parentValue: t.parentValue,
      attribute: t.attribute,
      category: t.category,
      source: t.source,
      ...quoteOf(text, view, t.start, t.end),
      task: k >= 0 ? taskIds[k]! : null,
      repairs: t.repairs,
      yearly: t.yearly ?? false,
      conflict: [],
      uncertain: uncertainty(t),
      page: pageOf(view.map[t.start]!),
    };
  });

  resolveConflicts(data.targets, indicators);

  const units: UnitRecord[] = [];
  const tasks: TaskRecord[] = data.tasks.map((t, k) => {
    const id = taskIds[k]!;
    const body = quoteOf(text, view, t.text.start, t.text.end);
    for (const [role, list] of [
      ['lead', t.lead],
      ['partner', t.partners],
    ] as const) {
      for (const u of list) {
        units.push({
          id: unitId(id, role, u.name),
          plan: planId,
          task: id,
          role,
          name: u.name,
          department: lexicon.matchDepartment(u.name),
          redacted: u.name.includes('略'),
          ...quoteOf(text, view, u.start, u.end),
        });
      }
    }
    return {
      id,
      plan: planId,
      title: t.title,
      path: t.path,
      lead: t.lead.map((u) => u.name),
      partners: t.partners.map((u) => u.name),
      text: body.quote,
      ...quoteOf(text, view, t.quote.start, t.quote.end),
      indicators: indicators.filter((i) => i.task === id).map((i) => i.id),
      topics: lexicon.topicsForTask(
        t.title,
        body.quote,
        [...t.lead, ...t.partners].map((u) => u.name),
      ),
      page: pageOf(view.map[t.quote.start]!),
    };
  });

  const outline: OutlineEntry[] = data.outline.headings.map((h) => ({
    depth: h.depth,
    numbering: view.text.slice(h.start, h.titleStart).trim(),
    title: view.text
      .slice(h.titleStart, h.titleEnd)
      .trim()
      .replace(/^[*_]+|[*_]+$/gu, ''),
    style: h.style,
    ...quoteOf(text, view, h.start, h.titleEnd),
  }));
  return { plan, outline, indicators, tasks, units };
}
