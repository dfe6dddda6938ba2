import type { PlanRecord } from '../../types.ts';
import type { RowBlock } from '../format.ts';
import { emitJson, type Emit } from './emit.ts';

/**
 * Collects display rows and writes them a block at a time, so rows never pile up in memory.
 * Each block carries the names of the plans its rows belong to: a result is shown from its
 * block alone, without a second request for the plan's name.
 */
export class RowBlockWriter<Row extends [number, ...unknown[]]> {
  private rows: Row[] = [];
  private block = 0;

  constructor(
    private readonly emit: Emit,
    private readonly size: number,
    private readonly name: (block: number) => string,
    private readonly plans: readonly PlanRecord[],
  ) {}

  push(row: Row): void {
    this.rows.push(row);
    if (this.rows.length === this.size) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    const numbers = [...new Set(this.rows.map((r) => r[0]))];
    const block: RowBlock<Row> = {
      plans: numbers.map((n) => {
        const p = this.plans[n]!;
        return [n, p.id, p.region, p.title ?? p.region];
      }),
      rows: this.rows,
    };
    emitJson(this.emit, this.name(this.block++), block);
    this.rows = [];
  }
}
