import type { PageSpan } from '../types.ts';

/** Appends text and keeps, for every character, the page it was printed on. */
export class TextWriter {
  text = '';
  readonly pages: PageSpan[] = [];
  page = 1;

  write(s: string, page = this.page): void {
    this.page = page;
    if (s === '') return;
    const last = this.pages.at(-1);
    if (last && last.page === page && last.end === this.text.length) last.end += s.length;
    else this.pages.push({ page, start: this.text.length, end: this.text.length + s.length });
    this.text += s;
  }
}
