import { emitJson, type Emit } from './emit.ts';

/** Collects rows and writes them out a block at a time, so rows never pile up in memory. */
export class BlockWriter<Row> {
  private rows: Row[] = [];
  private block = 0;

  constructor(
    private readonly emit: Emit,
    private readonly size: number,
    private readonly name: (block: number) => string,
  ) {}

  push(row: Row): void {
    this.rows.push(row);
    if (this.rows.length === this.size) this.flush();
  }

  flush(): void {
    if (this.rows.length === 0) return;
    emitJson(this.emit, this.name(this.block++), this.rows);
    this.rows = [];
  }
}

/** Same for binary facet rows: each row appends its bytes; a block is `size` rows. */
export class ByteBlockWriter {
  private bytes: number[] = [];
  private rows = 0;
  private block = 0;

  constructor(
    private readonly emit: Emit,
    private readonly size: number,
    private readonly name: (block: number) => string,
  ) {}

  push(row: readonly number[]): void {
    for (const b of row) this.bytes.push(b);
    if (++this.rows === this.size) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    this.emit(this.name(this.block++), Uint8Array.from(this.bytes));
    this.bytes = [];
    this.rows = 0;
  }
}
