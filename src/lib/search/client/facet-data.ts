import type { HitFacts } from '../facets.ts';
import { fileNames, type Manifest } from '../format.ts';
import { kindOf } from '../rank.ts';
import { readVarint } from '../varint.ts';
import { YEAR_BASE } from '../build/facet-rows.ts';
import type { Loader } from './loader.ts';

interface TargetBlock {
  plan: Int32Array;
  year: Uint8Array;
  attribute: Uint8Array;
  topics: Float64Array;
}

/**
 * Facts facets need about hits. A task's or paragraph's plan follows from its id (ids run in
 * plan order, and the manifest has each plan's counts); a target's facts and a task's topics
 * come from small binary blocks fetched only for the id ranges the hits fall in.
 */
export class FacetData {
  private readonly targets = new Map<number, TargetBlock>();
  private readonly tasks = new Map<number, Float64Array>();
  private readonly taskStarts: number[];
  private readonly paragraphStarts: number[];

  constructor(private readonly loader: Loader, private readonly m: Manifest) {
    this.taskStarts = starts(m.counts.target, m.plans.tasks);
    this.paragraphStarts = starts(m.counts.target + m.counts.task, m.plans.paragraphs);
  }

  /** Fetches the blocks the given hits need: target facts always, task topics only on request. */
  async load(ids: readonly number[], taskTopics: boolean): Promise<void> {
    const size = this.m.facetBlock;
    const targetBlocks = new Set<number>();
    const taskBlocks = new Set<number>();
    for (const id of ids) {
      const kind = kindOf(id, this.m.counts);
      if (kind === 'target') targetBlocks.add(Math.floor(id / size));
      else if (kind === 'task' && taskTopics) taskBlocks.add(Math.floor((id - this.m.counts.target) / size));
    }
    await Promise.all([
      ...[...targetBlocks].filter((b) => !this.targets.has(b)).map(async (b) => this.targets.set(b, decodeTargets(await this.loader.bytes(fileNames.targetFacets(b)), size))),
      ...[...taskBlocks].filter((b) => !this.tasks.has(b)).map(async (b) => this.tasks.set(b, decodeTasks(await this.loader.bytes(fileNames.taskFacets(b)), size))),
    ]);
  }

  facts(id: number): HitFacts {
    const { m } = this;
    const kind = kindOf(id, m.counts);
    const size = m.facetBlock;
    if (kind === 'target') {
      const block = this.targets.get(Math.floor(id / size));
      const i = id % size;
      if (!block) return { kind, plan: 0, year: null, attribute: 0, topics: 0 };
      const code = block.year[i]!;
      return { kind, plan: block.plan[i]!, year: code === 0 ? null : YEAR_BASE + code, attribute: block.attribute[i]!, topics: block.topics[i]! };
    }
    const plan = planAt(kind === 'task' ? this.taskStarts : this.paragraphStarts, id);
    const year = m.plans.end[plan] ?? null;
    if (kind === 'paragraph') return { kind, plan, year, attribute: 0, topics: null };
    const local = id - m.counts.target;
    const topics = this.tasks.get(Math.floor(local / size))?.[local % size] ?? null;
    return { kind, plan, year, attribute: 0, topics };
  }
}

function starts(first: number, counts: readonly number[]): number[] {
  const out: number[] = [];
  let at = first;
  for (const c of counts) {
    out.push(at);
    at += c;
  }
  return out;
}

/** The last plan whose first id is at or before `id`. */
function planAt(firsts: readonly number[], id: number): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firsts[mid]! <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function decodeTargets(bytes: Uint8Array, size: number): TargetBlock {
  const block: TargetBlock = { plan: new Int32Array(size), year: new Uint8Array(size), attribute: new Uint8Array(size), topics: new Float64Array(size) };
  let pos = 0;
  for (let i = 0; pos < bytes.length && i < size; i++) {
    let v: number;
    [v, pos] = readVarint(bytes, pos);
    block.plan[i] = v;
    block.year[i] = bytes[pos++]!;
    block.attribute[i] = bytes[pos++]!;
    [v, pos] = readVarint(bytes, pos);
    block.topics[i] = v;
  }
  return block;
}

function decodeTasks(bytes: Uint8Array, size: number): Float64Array {
  const topics = new Float64Array(size);
  let pos = 0;
  for (let i = 0; pos < bytes.length && i < size; i++) {
    let v: number;
    [v, pos] = readVarint(bytes, pos);
    topics[i] = v;
  }
  return topics;
}
