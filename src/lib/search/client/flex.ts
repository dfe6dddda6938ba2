import { Index } from 'flexsearch';
import { tokenize } from '../tokenize.ts';

/**
 * One FlexSearch index per field, filled only with the posting lists queries have needed so far.
 * Lists arrive in FlexSearch's own export form for its map (term → score slots → ids; one slot,
 * as built with resolution 1) and go in through `import`; FlexSearch then intersects them.
 */
export class FieldIndex {
  private readonly index = new Index({ encode: tokenize, tokenize: 'strict', resolution: 1, cache: 64 });
  private readonly loaded = new Set<string>();

  has(term: string): boolean {
    return this.loaded.has(term);
  }

  load(term: string, ids: readonly number[]): void {
    if (this.loaded.has(term)) return;
    this.index.import('map', JSON.stringify([[term, [ids]]]));
    this.loaded.add(term);
  }

  /** Ids holding every one of `terms` (all loaded before), up to `limit`. */
  search(terms: readonly string[], limit: number): number[] {
    if (terms.length === 0) return [];
    // The terms are joined with spaces: the tokenizer cuts them back into exactly these terms.
    return this.index.search(terms.join(' '), { limit, cache: true }) as number[];
  }
}
