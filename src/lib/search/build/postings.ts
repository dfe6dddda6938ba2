import { GapWriter } from '../varint.ts';
import { pairTerm, scanTerms, type TermSink } from './scan.ts';

/**
 * Term numbers by the number of a Han pair: an open-addressing hash table in typed arrays, since
 * it is looked up once for every term of every document (tens of millions of times for
 * thousands of plans), where a Map costs several times as much.
 */
class PairTable {
  private keys = new Int32Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  size = 0;

  /** The value stored for `key`, or −1. */
  get(key: number): number {
    for (let slot = hash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === -1) return -1;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let slot = hash(key) & this.mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.keys[slot] === -1) this.size++;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.set(keys[i]!, values[i]!);
  }
}

/** An integer mix: pair numbers are dense in places, so every bit of the key moves the slot. */
function hash(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A growable array of 32-bit integers. */
class IntList {
  data = new Int32Array(1 << 16);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

/**
 * Posting lists of one field, built as documents arrive in ascending id order. Adding only
 * appends each document's term numbers to one array (the documents are millions, their terms
 * tens of millions: one sequential array is several times faster than a buffer per term); the
 * lists are sorted out of it by counting when they are drained. They are exactly the map a
 * FlexSearch Index with resolution 1 builds for the same adds (one score slot, ids in insertion
 * order), which the tests check against FlexSearch itself.
 */
export class FieldPostings {
  /** Term numbers: pairs of BMP Han characters (most terms) by their number, the rest by text. */
  private readonly pairs = new PairTable();
  private readonly others = new Map<string, number>();
  private readonly terms: (string | number)[] = [];
  /** The last document that added each term, so a term counts once per document. */
  private last = new Int32Array(1 << 16).fill(-1);
  /** Term numbers of each document in turn, and each document's id and end in that array. */
  private readonly occurrences = new IntList();
  private readonly docs = new IntList();
  private readonly ends = new IntList();
  private id = 0;

  private readonly sink: TermSink = {
    pair: (key) => {
      let t = this.pairs.get(key);
      if (t < 0) this.pairs.set(key, (t = this.newTerm(key)));
      this.addTo(t);
    },
    other: (term) => {
      let t = this.others.get(term);
      if (t === undefined) this.others.set(term, (t = this.newTerm(term)));
      this.addTo(t);
    },
  };

  add(id: number, text: string): void {
    this.id = id;
    scanTerms(text, this.sink);
    this.docs.push(id);
    this.ends.push(this.occurrences.length);
  }

  get size(): number {
    return this.terms.length;
  }

  /**
   * Every term with its list, in term order. The lists are laid out by a counting sort of all
   * occurrences, after which the occurrences are let go.
   */
  *drain(): Generator<[string, GapWriter]> {
    const occ = this.occurrences.data.subarray(0, this.occurrences.length);
    const starts = new Int32Array(this.terms.length + 1);
    for (let i = 0; i < occ.length; i++) starts[occ[i]! + 1]!++;
    for (let t = 0; t < this.terms.length; t++) starts[t + 1]! += starts[t]!;
    const fill = starts.slice(0, this.terms.length);
    const sorted = new Int32Array(occ.length);
    for (let d = 0, i = 0; d < this.docs.length; d++) {
      const id = this.docs.data[d]!;
      for (const end = this.ends.data[d]!; i < end; i++) sorted[fill[occ[i]!]!++] = id;
    }
    this.occurrences.data = new Int32Array(0);
    this.occurrences.length = 0;
    for (let t = 0; t < this.terms.length; t++) {
      const list = new GapWriter();
      for (let i = starts[t]!; i < starts[t + 1]!; i++) list.push(sorted[i]!);
      const term = this.terms[t]!;
      yield [typeof term === 'number' ? pairTerm(term) : term, list];
    }
  }

  private newTerm(term: string | number): number {
    const t = this.terms.length;
    this.terms.push(term);
    if (t >= this.last.length) {
      const grown = new Int32Array(this.last.length * 2).fill(-1);
      grown.set(this.last);
      this.last = grown;
    }
    return t;
  }

  private addTo(t: number): void {
    if (this.last[t] === this.id) return;
    this.last[t] = this.id;
    this.occurrences.push(t);
  }
}
