import type { ByteReader, ByteWriter } from './varint.ts';

/**
 * What facets need to know about a target that its id does not tell: its plan (targets are
 * ordered by indicator, not by plan), its target year and attribute, and, for a target filed
 * under no indicator, its topics (a filed target has its indicator's topics).
 */
export interface TargetFact {
  plan: number;
  year: number | null;
  /** 0 none, 1 预期性, 2 约束性. */
  attribute: number;
  topics: number;
}

/** Where decoded facts go, by id: the client's arrays (filled straight, as a first search decodes thousands). */
export interface FactArrays {
  /** Plan of each target, −1 while not known. */
  plan: Int32Array;
  /** Target year, 0 for none. */
  year: Uint16Array;
  attribute: Uint8Array;
  /** Topics of targets filed under no indicator. */
  unfiledTopics: Map<number, number>;
  /** Topics of each task (by id − first task id), −1 while not known. */
  taskTopics: Float64Array;
}

/** Years from 1980 in one varint byte with the attribute: (year − 1979) × 3 + attribute; 0 is no year. */
const YEAR_BASE = 1979;

function yearAttribute(f: TargetFact): number {
  const code = f.year === null || f.year <= YEAR_BASE ? 0 : f.year - YEAR_BASE;
  return code * 3 + f.attribute;
}

/** One target's facts; the plan as a step from the previous target's, since neighbours share plans or follow them. */
export function writeTargetFact(out: ByteWriter, f: TargetFact, previousPlan: number, unfiled: boolean): void {
  out.signed(f.plan - previousPlan);
  out.varint(yearAttribute(f));
  if (unfiled) out.varint(f.topics);
}

/** Reads one target's facts into the arrays; returns its plan. */
function readTargetFact(r: ByteReader, a: FactArrays, id: number, previousPlan: number, unfiled: boolean): number {
  const plan = previousPlan + r.signed();
  const code = r.varint();
  a.plan[id] = plan;
  a.year[id] = code < 3 ? 0 : Math.floor(code / 3) + YEAR_BASE;
  a.attribute[id] = code % 3;
  if (unfiled) a.unfiledTopics.set(id, r.varint());
  return plan;
}

/**
 * The ids a term's facts describe: the targets and tasks among its name and text ids, once each,
 * ascending. Writer and reader both derive them from the lists, so no id is stored twice.
 */
export function factIds(name: Int32Array, text: Int32Array, limit: number): Int32Array {
  const out = new Int32Array(name.length + text.length);
  let i = 0;
  let j = 0;
  let n = 0;
  for (;;) {
    const a = i < name.length ? name[i]! : limit;
    const b = j < text.length ? text[j]! : limit;
    const id = a < b ? a : b;
    if (id >= limit) break;
    out[n++] = id;
    if (a === id) i++;
    if (b === id) j++;
  }
  return out.subarray(0, n);
}

export interface FactLayout {
  targets: number;
  tasks: number;
  /** First unfiled target id. */
  unfiled: number;
}

/** Facts of the targets and tasks among `ids` (ascending, as factIds gives them): targets first, then tasks' topics. */
export function writeFacts(
  out: ByteWriter,
  ids: Int32Array,
  layout: FactLayout,
  target: (id: number) => TargetFact,
  taskTopics: (id: number) => number,
): void {
  let plan = 0;
  for (const id of ids) {
    if (id < layout.targets) {
      const f = target(id);
      writeTargetFact(out, f, plan, id >= layout.unfiled);
      plan = f.plan;
    } else out.varint(taskTopics(id));
  }
}

/** Reads what writeFacts wrote for the same ids. */
export function readFacts(r: ByteReader, ids: Int32Array, layout: FactLayout, a: FactArrays): void {
  let plan = 0;
  const { targets, unfiled } = layout;
  for (let i = 0; i < ids.length && !r.done; i++) {
    const id = ids[i]!;
    if (id < targets) plan = readTargetFact(r, a, id, plan, id >= unfiled);
    else a.taskTopics[id - targets] = r.varint();
  }
}

/** A facts file of one indicator: the targets [first, first + count) one after another. */
export function readFactRange(r: ByteReader, first: number, count: number, layout: FactLayout, a: FactArrays): void {
  let plan = 0;
  for (let id = first; id < first + count && !r.done; id++) plan = readTargetFact(r, a, id, plan, id >= layout.unfiled);
}
