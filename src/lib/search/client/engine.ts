import { decodeDictionary, type DictEntry } from '../dictionary.ts';
import { fileNames, type Field, type Manifest } from '../format.ts';
import { matchIndicators, type IndicatorMatch } from '../lexicon-match.ts';
import { nameTerms, parseQuery, tooShortForText, type ParsedQuery } from '../query.ts';
import { rankHits } from '../rank.ts';
import { shardOf } from '../shard.ts';
import { decodeGaps } from '../varint.ts';
import { chooseTerms } from '../choose.ts';
import { FieldIndex } from './flex.ts';
import type { Loader } from './loader.ts';

export interface Outcome {
  query: ParsedQuery;
  /** Hit ids by tier (see rank.ts), each ascending. */
  tiers: number[][];
  indicators: IndicatorMatch[];
  /** Some long lists were left out: hits may include texts lacking a term, checked on display. */
  partial: boolean;
}

export class SearchEngine {
  private readonly fields: Record<Field, FieldIndex> = { name: new FieldIndex(), text: new FieldIndex() };

  constructor(readonly loader: Loader) {}

  async search(raw: string): Promise<Outcome> {
    const m = await this.loader.manifest();
    const query = parseQuery(raw);
    const indicators = matchIndicators(query, m.indicators);
    const exact = indicators.filter((i) => i.exact).flatMap((i) => span(i.indicator.range));
    const part = indicators.filter((i) => !i.exact).flatMap((i) => span(i.indicator.range));
    if (tooShortForText(query)) {
      return { query, indicators, partial: false, tiers: rankHits({ name: [], text: [], indicatorExact: exact, indicatorPart: part }, m.counts) };
    }
    const entries = await this.dictionary(query.terms, m);
    const total = m.counts.target + m.counts.task + m.counts.paragraph;
    const [name, text] = await Promise.all([
      this.field('name', nameTerms(query), entries, m, total),
      this.field('text', query.terms, entries, m, total),
    ]);
    const tiers = rankHits({ name: name.ids, text: text.ids, indicatorExact: exact, indicatorPart: part }, m.counts);
    return { query, indicators, tiers, partial: text.partial || name.partial };
  }

  private async dictionary(terms: readonly string[], m: Manifest): Promise<DictEntry[]> {
    const shards = [...new Set(terms.map((t) => shardOf(t, m.shards)))];
    const wanted = new Set(terms);
    const decoded = await Promise.all(shards.map(async (s) => decodeDictionary(await this.loader.bytes(fileNames.dictionary(s)))));
    return decoded.flat().filter((e) => wanted.has(e.term));
  }

  private async field(field: Field, terms: readonly string[], entries: readonly DictEntry[], m: Manifest, limit: number): Promise<{ ids: number[]; partial: boolean }> {
    if (terms.length === 0) return { ids: [], partial: false };
    const mine = entries.filter((e) => e.field === field && terms.includes(e.term));
    // A term the field never saw: no document of this field holds the whole query.
    if (new Set(mine.map((e) => e.term)).size < new Set(terms).size) return { ids: [], partial: false };
    const { use, skipped } = chooseTerms(mine);
    const index = this.fields[field];
    await Promise.all(use.map(async (e) => {
      if (index.has(e.term)) return;
      const bytes = e.inline ?? (await this.loader.bytes(fileNames.postings(shardOf(e.term, m.shards), e.file)));
      index.load(e.term, decodeGaps(bytes));
    }));
    return { ids: index.search(use.map((e) => e.term), limit), partial: skipped.length > 0 };
  }
}

function span([start, end]: [number, number]): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}
