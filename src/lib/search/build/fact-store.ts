import { fileNames } from '../format.ts';
import { writeTargetFact, type TargetFact } from '../facts.ts';
import { ByteWriter } from '../varint.ts';
import type { Emit } from './emit.ts';

/** Facet facts of every target and task by id, kept in typed arrays until the term files are written. */
export class FactStore {
  private readonly plan: Int32Array;
  private readonly year: Uint16Array;
  private readonly attribute: Uint8Array;
  private readonly topics: Float64Array;
  private taskTopics: ArrayLike<number> = [];

  constructor(targets: number) {
    this.plan = new Int32Array(targets);
    this.year = new Uint16Array(targets);
    this.attribute = new Uint8Array(targets);
    this.topics = new Float64Array(targets);
  }

  setTarget(id: number, f: TargetFact): void {
    this.plan[id] = f.plan;
    this.year[id] = f.year ?? 0;
    this.attribute[id] = f.attribute;
    this.topics[id] = f.topics;
  }

  target(id: number): TargetFact {
    return {
      plan: this.plan[id]!,
      year: this.year[id] || null,
      attribute: this.attribute[id]!,
      topics: this.topics[id]!,
    };
  }

  setTaskTopics(topics: ArrayLike<number>): void {
    this.taskTopics = topics;
  }

  /** Topics of a task by its id (task ids follow the targets). */
  task(id: number, firstTask: number): number {
    return this.taskTopics[id - firstTask] ?? 0;
  }
}

/**
 * The facts of each indicator's targets (one id range), in a file per indicator: what a query
 * naming the indicator reads for them, which the term files need not cover (an alias may share
 * no word with how a plan writes the target).
 */
export function writeIndicatorFacts(emit: Emit, facts: FactStore, ranges: readonly [number, number][]): void {
  ranges.forEach(([start, end], indicator) => {
    const out = new ByteWriter();
    let plan = 0;
    for (let id = start; id < end; id++) {
      const f = facts.target(id);
      writeTargetFact(out, f, plan, false);
      plan = f.plan;
    }
    emit(fileNames.facts(indicator), out.bytes());
  });
}
