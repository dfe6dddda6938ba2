/** Sorted positions of some characters of a text, for nearest-before/after lookups in log time. */
export class Marks {
  private readonly at: number[] = [];

  constructor(text: string, chars: RegExp) {
    const re = new RegExp(chars.source, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) this.at.push(m.index);
  }

  /** Position of the last mark before `i`, or -1. */
  before(i: number): number {
    const k = this.firstAtOrAfter(i);
    return k > 0 ? this.at[k - 1]! : -1;
  }

  /** Position of the first mark at or after `i`, or `fallback`. */
  after(i: number, fallback: number): number {
    const k = this.firstAtOrAfter(i);
    return k < this.at.length ? this.at[k]! : fallback;
  }

  /** Index of the first mark at or after `i` (binary search over the sorted positions). */
  private firstAtOrAfter(i: number): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const LINE = /[\n\r\u2028\u2029\u0085]/u;
// a half-width full stop ends a sentence too, unless it is a decimal point ("1.5") or numbering ("2.")
const SENTENCE = /[。！？!?\n\r\u2028\u2029\u0085]|(?<![\d.])\.(?![\d.])|(?<=[%‰\u4e00-\u9fff）)])\.(?=\d)/u;

/** Sentence and paragraph bounds of a text, found once and looked up per target. */
export class TextMarks {
  private readonly lines: Marks;
  private readonly stops: Marks;

  constructor(readonly text: string) {
    this.lines = new Marks(text, LINE);
    this.stops = new Marks(text, SENTENCE);
  }

  sentence(at: number): { start: number; end: number } {
    return { start: this.stops.before(at) + 1, end: this.stops.after(at, this.text.length) };
  }

  paragraphStart(at: number): number {
    return this.lines.before(at) + 1;
  }
}
