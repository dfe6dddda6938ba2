import { Index } from 'flexsearch';
import { tokenize } from '../tokenize.ts';

/**
 * One FlexSearch index per field, holding only the posting lists queries have fetched so far.
 * They go in through FlexSearch's own import of its map (term → score slots → ids; one slot, as
 * the build writes them with resolution 1), and FlexSearch intersects them. The tokenizer is the
 * one the build used, so a query's terms are looked up exactly as they were stored.
 */
export class FieldIndex {
  private readonly index = new Index({ encode: tokenize, tokenize: 'strict', resolution: 1 });
  private readonly loaded = new Set<string>();

  load(term: string, ids: Int32Array): void {
    if (this.loaded.has(term) || ids.length === 0) return;
    this.index.import('map', JSON.stringify([[term, [Array.from(ids)]]]));
    this.loaded.add(term);
  }

  /**
   * Ids holding every one of `terms`, ascending. A term with no list (the field never saw it)
   * means no document of the field holds them all.
   */
  search(terms: readonly string[], limit: number): Int32Array {
    if (terms.length === 0 || !terms.every((t) => this.loaded.has(t))) return new Int32Array(0);
    // Joined with spaces, the terms tokenize back into exactly themselves.
    const ids = this.index.search(terms.join(' '), { limit }) as number[];
    return Int32Array.from(ids).sort();
  }
}
