import type { Block, Grid } from '../types.ts';
import { cellText } from './join.ts';
import { type Slot, writePipeRows } from './pipe-rows.ts';

export type { Slot } from './pipe-rows.ts';

/**
 * Writes the derived text of a structured file (HTML, .docx, PDF): one block per line, a table
 * as one line per row in Markdown's pipe form ("| 指标 | 单位 | 目标 |", a merged position left
 * empty) with a blank line before and after. A quote of a row then reads as it does in a web
 * copy of the same plan, and every grid cell has its offsets.
 */
export class DerivedText {
  private readonly parts: string[] = [];
  private length = 0;
  private last = '';
  readonly blocks: Block[] = [];
  readonly grids: Grid[] = [];

  /** Appends one line; blank lines are not blocks and are skipped. */
  line(text: string, kind: 'heading' | 'paragraph' = 'paragraph', level?: number): void {
    const clean = text.replace(/[\r\n]+/g, ' ').replace(/^[ \t]+|[ \t]+$/g, '');
    if (clean.replace(/[\s\u00a0\u3000]/g, '') === '') return;
    this.newLine();
    const start = this.length;
    this.write(clean);
    const block: Block = { kind, start, end: this.length };
    if (kind === 'heading' && level !== undefined) block.level = level;
    this.blocks.push(block);
  }

  /** Appends a table given as rows of slots (every row as wide as the widest). */
  table(slots: readonly (readonly Slot[])[], origin: Grid['origin']): void {
    const own = slots.filter((r) => r.some((s) => 'text' in s && cellText(s.text) !== ''));
    if (own.length === 0) return;
    this.blankLine();
    const tableStart = this.length;
    const rows = writePipeRows(slots, { write: (text) => this.write(text), at: () => this.length });
    this.grids.push({ start: tableStart, end: this.length, rows, origin });
    this.blocks.push({ kind: 'table', start: tableStart, end: this.length });
    this.write('\n\n');
  }

  /** The finished text, ending in one line break. */
  toString(): string {
    const text = this.parts.join('');
    return text.replace(/\n*$/, '\n');
  }

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = (this.last + s).slice(-2);
  }

  /** The last two characters written, enough to know whether a line or blank line has ended. */
  private tail(n: number): string {
    return this.last.slice(-n);
  }

  private newLine(): void {
    if (this.length > 0 && !this.tail(1).endsWith('\n')) this.write('\n');
  }

  private blankLine(): void {
    if (this.length === 0) return;
    const end = this.tail(2);
    this.write(end === '\n\n' ? '' : end.endsWith('\n') ? '\n' : '\n\n');
  }
}
