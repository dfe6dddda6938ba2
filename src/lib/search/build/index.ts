import { foldName } from '../../lexicon/fold-name.ts';
import { topicMatcher } from '../../lexicon/topics-for.ts';
import { formatTarget } from '../../site/target-text.ts';
import type { FactLayout } from '../facts.ts';
import {
  ATTRIBUTES,
  fileNames,
  idSuffix,
  type Kind,
  type Manifest,
  type ParagraphRow,
  type TargetRow,
  type TaskRow,
} from '../format.ts';
import { encodeHead } from '../head.ts';
import { ContentHash, type Emit } from './emit.ts';
import { pack } from './pack.ts';
import { FactStore, writeIndicatorFacts } from './fact-store.ts';
import { SKIPPED_PARAGRAPHS, type SearchInput } from './input.ts';
import { orderTargets, orderTasks, planNumbers } from './order.ts';
import { PLAN_ID_BLOCK, planIdBuckets, writePlanFiles } from './plan-files.ts';
import { FieldPostings } from './postings.ts';
import { RowBlockWriter } from './rows.ts';
import { topicMask } from './topic-mask.ts';
import { writeTermFiles } from './term-files.ts';

/**
 * Rows per display block. A request costs more than its bytes, so blocks are large enough that
 * the first page of results (20 rows, consecutive ids for targets) is usually one or two files.
 */
const BLOCKS: Record<Kind, number> = { target: 64, task: 32, paragraph: 64 };

export interface BuildStats {
  counts: Record<Kind, number>;
  files: number;
  bytes: number;
  terms: { buckets: number; big: number };
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
    const packed = pack(data);
    hash.update(name, packed);
    files++;
    bytes += packed.length;
    emit(name, packed);
  };
  const plans = planNumbers(input.plans);
  const topicIds = input.lexicon.topics.map((t) => t.id);
  const topicsOf = (ids: readonly string[]) => topicMask(ids.map((id) => topicIds.indexOf(id)));
  const topicsFor = topicMatcher(input.lexicon.topics);
  const indicatorRank = new Map(input.lexicon.indicators.map((e, i) => [e.id, i]));
  const names = new FieldPostings();
  const texts = new FieldPostings();

  // Targets, by indicator: an indicator's targets are one id range.
  const ranges = input.lexicon.indicators.map((): [number, number] => [0, 0]);
  const targets = orderTargets(input.targets(), plans, indicatorRank);
  const facts = new FactStore(targets.length);
  const targetRows = new RowBlockWriter<TargetRow>(out, BLOCKS.target, (b) => fileNames.rows('target', b), input.plans);
  let unfiled = targets.length;
  targets.forEach((t, id) => {
    const rank = t.indicator === null ? -1 : (indicatorRank.get(t.indicator) ?? -1);
    if (rank >= 0) ranges[rank] = ranges[rank]![1] === 0 ? [id, id + 1] : [ranges[rank]![0], id + 1];
    else unfiled = Math.min(unfiled, id);
    const entry = rank >= 0 ? input.lexicon.indicators[rank] : undefined;
    const plan = plans.get(t.plan) ?? 0;
    const attribute = t.attribute === null ? 0 : ATTRIBUTES.indexOf(t.attribute) + 1;
    facts.setTarget(id, {
      plan,
      year: t.year,
      attribute,
      topics: entry ? topicsOf(entry.topics) : topicsOf(topicsFor(t.name)),
    });
    names.add(id, t.name);
    texts.add(id, t.quote);
    targetRows.push([plan, idSuffix(t.plan, t.id), t.name, formatTarget(t), t.year, attribute, t.quote]);
  });
  targetRows.flush();
  const targetCount = targets.length;
  targets.length = 0;

  // Tasks, in plan order: a plan's tasks are one id range, so a task's plan follows from its id.
  const tasks = orderTasks(input.tasks(), plans);
  const taskRows = new RowBlockWriter<TaskRow>(out, BLOCKS.task, (b) => fileNames.rows('task', b), input.plans);
  const tasksPerPlan = new Array<number>(input.plans.length).fill(0);
  const taskTopics = new Float64Array(tasks.length);
  tasks.forEach((t, i) => {
    const id = targetCount + i;
    names.add(id, t.title);
    texts.add(id, t.text);
    const plan = plans.get(t.plan) ?? 0;
    tasksPerPlan[plan]!++;
    taskTopics[i] = topicsOf(t.topics);
    taskRows.push([plan, idSuffix(t.plan, t.id), t.title, t.text]);
  });
  taskRows.flush();
  facts.setTaskTopics(taskTopics);
  const taskCount = tasks.length;
  tasks.length = 0;

  // Paragraphs, plan by plan, each plan's text read only while it is indexed.
  let id = targetCount + taskCount;
  const paragraphRows = new RowBlockWriter<ParagraphRow>(
    out,
    BLOCKS.paragraph,
    (b) => fileNames.rows('paragraph', b),
    input.plans,
  );
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
  const counts: Record<Kind, number> = {
    target: targetCount,
    task: taskCount,
    paragraph: id - targetCount - taskCount,
  };

  const layout: FactLayout = { targets: targetCount, tasks: taskCount, unfiled };
  writeIndicatorFacts(out, facts, ranges);
  const terms = writeTermFiles(out, names, texts, facts, layout);
  const provinces = writePlanFiles(out, input.plans, { tasks: tasksPerPlan, paragraphs: paragraphsPerPlan });
  const manifest: Omit<Manifest, 'version'> = {
    counts,
    unfiled,
    blocks: BLOCKS,
    buckets: terms.buckets,
    big: terms.big,
    plans: input.plans.length,
    planIdBlock: PLAN_ID_BLOCK,
    planIdBuckets: planIdBuckets(input.plans.length),
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
  // Written past the hash it carries.
  const head = pack(encodeHead({ version: hash.hex(), ...manifest }));
  files++;
  bytes += head.length;
  emit(fileNames.head, head);
  return { counts, files, bytes, terms: { buckets: terms.buckets, big: terms.big.terms.length } };
}
