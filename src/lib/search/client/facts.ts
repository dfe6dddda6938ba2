import { emptyColumns, setHit, type HitColumns, type HitFacts } from '../facets.ts';
import { factIds, readFactRange, readFacts, type FactArrays, type FactLayout } from '../facts.ts';
import type { Manifest } from '../format.ts';
import { planOf, type PlanTable } from '../plan-table.ts';
import { ByteReader } from '../varint.ts';

/**
 * What is known so far about targets and tasks, filled from the term files and indicator facts
 * files searches read. A task's or paragraph's plan follows from its id and the plan table; a
 * filed target's topics from its indicator.
 */
export class Facts {
  readonly layout: FactLayout;
  private store: FactArrays | null = null;
  /** Start of each indicator's range, ascending, with its topic bit set: a filed target's topics. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly masks: Float64Array;

  constructor(private readonly m: Manifest) {
    this.layout = { targets: m.counts.target, tasks: m.counts.task, unfiled: m.unfiled };
    const order = m.indicators
      .map((_, i) => i)
      .filter((i) => m.indicators[i]!.range[1] > m.indicators[i]!.range[0])
      .sort((a, b) => m.indicators[a]!.range[0] - m.indicators[b]!.range[0]);
    this.starts = Int32Array.from(order, (i) => m.indicators[i]!.range[0]);
    this.ends = Int32Array.from(order, (i) => m.indicators[i]!.range[1]);
    this.masks = Float64Array.from(order, (i) =>
      [...new Set(m.indicators[i]!.topics)].reduce((mask, t) => mask + 2 ** t, 0),
    );
  }

  /** The arrays, made when first needed: a megabyte or more with hundreds of thousands of targets, and no first result needs them. */
  private get a(): FactArrays {
    return (this.store ??= {
      plan: new Int32Array(this.layout.targets).fill(-1),
      year: new Uint16Array(this.layout.targets),
      attribute: new Uint8Array(this.layout.targets),
      unfiledTopics: new Map(),
      taskTopics: new Float64Array(this.layout.tasks).fill(-1),
    });
  }

  /** Facts of one term file entry, for the targets and tasks among its (decoded) ids. */
  addTerm(facts: Uint8Array, name: Int32Array, text: Int32Array): void {
    readFacts(new ByteReader(facts), factIds(name, text, this.layout.targets + this.layout.tasks), this.layout, this.a);
  }

  /** Facts of the targets filed under one indicator (its index in the manifest). */
  addIndicator(indicator: number, bytes: Uint8Array): void {
    const [start, end] = this.m.indicators[indicator]!.range;
    readFactRange(new ByteReader(bytes), start, end - start, this.layout, this.a);
  }

  /** Whether the facts of every target in [start, end) are known. */
  knowsAll(start: number, end: number): boolean {
    const { plan } = this.a;
    for (let id = start; id < end; id++) if (plan[id]! < 0) return false;
    return true;
  }

  /** Target year of a target (null when it has none or it is not known). */
  yearOf(target: number): number | null {
    return this.a.year[target] || null;
  }

  private targetTopics(id: number): number {
    const known = this.a.unfiledTopics.get(id);
    if (known !== undefined) return known;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return hi >= 0 && this.starts[lo]! <= id && id < this.ends[lo]! ? this.masks[lo]! : -1;
  }

  /** The facet columns of hits in rank order. */
  columns(ids: ArrayLike<number>, plans: PlanTable): HitColumns {
    const c = emptyColumns(ids.length);
    const { targets, tasks } = this.layout;
    const { plan, year, attribute, taskTopics } = this.a;
    const f: HitFacts = { kind: 0, plan: -1, year: 0, attribute: 0, topics: -1 };
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < targets) {
        f.kind = 0;
        f.plan = plan[id]!;
        f.year = year[id]!;
        f.attribute = attribute[id]!;
        f.topics = this.targetTopics(id);
      } else {
        const task = id < targets + tasks;
        f.kind = task ? 1 : 2;
        f.plan = planOf(task ? plans.firstTask : plans.firstParagraph, id);
        f.year = plans.end[f.plan] ?? 0;
        f.attribute = 0;
        f.topics = task ? taskTopics[id - targets]! : -1;
      }
      setHit(c, i, id, f, plans);
    }
    return c;
  }
}
