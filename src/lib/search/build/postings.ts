import { GapWriter } from '../varint.ts';
import { tokenize } from '../tokenize.ts';

/**
 * Posting lists of one field, built as documents arrive in ascending id order: each term's ids
 * go straight into its gap-coded buffer, so the whole corpus never exists as id arrays. The
 * lists are exactly the map a FlexSearch Index with resolution 1 builds for the same adds (one
 * score slot, ids in insertion order), which the tests check against FlexSearch itself.
 */
export class FieldPostings {
  readonly lists = new Map<string, GapWriter>();

  add(id: number, text: string): void {
    for (const term of tokenize(text)) {
      let list = this.lists.get(term);
      if (!list) {
        list = new GapWriter();
        this.lists.set(term, list);
      }
      list.push(id);
    }
  }
}
