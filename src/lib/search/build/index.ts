import { foldName } from '../../lexicon/fold-name.ts';
import { topicMatcher } from '../../lexicon/topics-for.ts';
import { fileNames, idSuffix, type Field, type Kind, type Manifest, type ParagraphRow, type TargetRow, type TaskRow } from '../format.ts';
import { ATTRIBUTES } from '../format.ts';
import { BlockWriter, ByteBlockWriter } from './blocks.ts';
import { writeDictionaries } from './dictionary-files.ts';
import { ContentHash, emitJson, type Emit } from './emit.ts';
import { targetFacetRow, taskFacetRow, topicMask } from './facet-rows.ts';
import { SKIPPED_PARAGRAPHS, type SearchInput } from './input.ts';
import { orderTargets, orderTasks, planNumbers } from './order.ts';
import { planColumns, PLAN_BLOCK } from './plan-files.ts';
import { FieldPostings } from './postings.ts';

const BLOCKS: Record<Kind, number> = { target: 48, task: 16, paragraph: 32 };
const FACET_BLOCK = 4096;

export interface BuildStats {
  counts: Record<Kind, number>;
  files: number;
  bytes: number;
  shards: number;
}

/**
 * Builds every file of the search index from the extraction records and hands each to `emit`
 * as soon as it is complete. The manifest comes last, carrying the content hash of the rest.
 */
export function buildSearchIndex(input: SearchInput, emit: Emit): BuildStats {
  const hash = new ContentHash();
  let files = 0;
  let bytes = 0;
  const out: Emit = (name, data) => {
    hash.update(data);
    files++;
    bytes += data.length;
    emit(name, data);
  };
  const plans = planNumbers(input.plans);
  const topicIds = input.lexicon.topics.map((t) => t.id);
  const topicsOf = (ids: readonly string[]) => topicMask(ids.map((id) => topicIds.indexOf(id)));
  const topicsFor = topicMatcher(input.lexicon.topics);
  const indicatorRank = new Map(input.lexicon.indicators.map((e, i) => [e.id, i]));
  const fields = new Map<Field, FieldPostings>([['name', new FieldPostings()], ['text', new FieldPostings()]]);
  const names = fields.get('name')!;
  const texts = fields.get('text')!;
  let id = 0;

  const ranges = input.lexicon.indicators.map((): [number, number] => [0, 0]);
  const targetRows = new BlockWriter<TargetRow>(out, BLOCKS.target, (b) => fileNames.rows('target', b));
  const targetFacets = new ByteBlockWriter(out, FACET_BLOCK, fileNames.targetFacets);
  for (const t of orderTargets(input.indicators, plans, indicatorRank)) {
    const rank = t.indicator === null ? -1 : (indicatorRank.get(t.indicator) ?? -1);
    if (rank >= 0) ranges[rank] = ranges[rank]![1] === 0 ? [id, id + 1] : [ranges[rank]![0], id + 1];
    const entry = rank >= 0 ? input.lexicon.indicators[rank] : undefined;
    const topics = entry ? topicsOf(entry.topics) : topicsOf(topicsFor(t.name));
    names.add(id, t.name);
    texts.add(id, t.quote);
    const plan = plans.get(t.plan) ?? 0;
    targetRows.push([plan, idSuffix(t.plan, t.id), t.name, t.valueText, t.year, t.attribute === null ? 0 : ATTRIBUTES.indexOf(t.attribute) + 1, t.quote]);
    targetFacets.push(targetFacetRow(plan, t.year, t.attribute, topics));
    id++;
  }
  targetRows.flush();
  targetFacets.flush();
  const targetCount = id;

  const taskRows = new BlockWriter<TaskRow>(out, BLOCKS.task, (b) => fileNames.rows('task', b));
  const taskFacets = new ByteBlockWriter(out, FACET_BLOCK, fileNames.taskFacets);
  const tasksPerPlan = new Array<number>(input.plans.length).fill(0);
  for (const t of orderTasks(input.tasks, plans)) {
    names.add(id, t.title);
    texts.add(id, t.text);
    const plan = plans.get(t.plan) ?? 0;
    tasksPerPlan[plan]!++;
    taskRows.push([plan, idSuffix(t.plan, t.id), t.title, t.text]);
    taskFacets.push(taskFacetRow(topicsOf(t.topics)));
    id++;
  }
  taskRows.flush();
  taskFacets.flush();
  const taskCount = id - targetCount;

  const paragraphRows = new BlockWriter<ParagraphRow>(out, BLOCKS.paragraph, (b) => fileNames.rows('paragraph', b));
  const paragraphsPerPlan = new Array<number>(input.plans.length).fill(0);
  input.plans.forEach((plan, planNo) => {
    for (const { entry, text } of input.paragraphs(plan)) {
      if (SKIPPED_PARAGRAPHS.has(entry.kind) || text.trim() === '') continue;
      texts.add(id, text);
      paragraphRows.push([planNo, entry.anchor, text]);
      paragraphsPerPlan[planNo]!++;
      id++;
    }
  });
  paragraphRows.flush();
  const counts: Record<Kind, number> = { target: targetCount, task: taskCount, paragraph: id - targetCount - taskCount };

  const shards = writeDictionaries(out, fields);
  const { columns, provinces } = planColumns(input.plans, out);
  const manifest: Omit<Manifest, 'version'> = {
    shards,
    counts,
    blocks: BLOCKS,
    facetBlock: FACET_BLOCK,
    planBlock: PLAN_BLOCK,
    plans: { ...columns, tasks: tasksPerPlan, paragraphs: paragraphsPerPlan },
    provinces,
    topics: input.lexicon.topics.map((t) => ({ id: t.id, name: t.name })),
    indicators: input.lexicon.indicators.map((e, i) => ({
      id: e.id,
      name: e.name,
      terms: [...new Set([e.name, ...e.aliases].map(foldName))],
      topics: e.topics.map((t) => topicIds.indexOf(t)).filter((t) => t >= 0),
      range: ranges[i]!,
    })),
  };
  emitJson(out, fileNames.manifest, { version: hash.hex(), ...manifest });
  return { counts, files, bytes, shards };
}
