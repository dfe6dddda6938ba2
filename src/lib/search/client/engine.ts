import { bigTerms, chooseTerms, type BigTerms } from '../choose.ts';
import { fileNames, type Manifest } from '../format.ts';
import { span } from '../span.ts';
import { matchIndicators, type IndicatorMatch } from '../lexicon-match.ts';
import { nameTerms, parseQuery, tooShortForText, type ParsedQuery } from '../query.ts';
import { rankHits } from '../rank.ts';
import { findTermEntry } from '../term-file.ts';
import { decodeIds } from '../varint.ts';
import { Facts } from './facts.ts';
import { FieldIndex } from './flex.ts';
import type { Loader } from './loader.ts';

export interface Outcome {
  query: ParsedQuery;
  /** Hit ids by tier (see rank.ts), each ascending; tiers are grouped by kind. */
  ranks: Int32Array[];
  /** The same as plain arrays (for tools and tests). */
  readonly tiers: number[][];
  indicators: IndicatorMatch[];
  /** Some terms were left out: hits may include texts lacking a term, checked on display. */
  partial: boolean;
  /**
   * Makes the facts of every hit known (reading the terms' facts, and fetching those of named
   * indicators the terms do not cover); once. Only facets, a year in the query and filters other
   * than the kind need them, so the first results need not wait for them.
   */
  facts: () => Promise<void>;
}

/** A term's decoded lists (empty when the index has no such term), and its facts until they are read. */
interface TermLists {
  name: Int32Array;
  text: Int32Array;
  facts: Uint8Array | null;
}

/** Indicator facts files a query reads at most (a one-character query may name dozens of indicators). */
const MAX_FACT_FILES = 6;
const NONE = new Int32Array(0);

/**
 * Answers queries from the term files: one request per term needed, all at once; FlexSearch
 * then intersects the lists of each field (see flex.ts).
 * Decoded terms, facts and files are kept, so a repeated or refined query fetches nothing again.
 */
export class SearchEngine {
  private readonly fields = { name: new FieldIndex(), text: new FieldIndex() };
  private readonly terms = new Map<string, Promise<TermLists>>();
  private readonly indicatorFacts = new Map<number, Promise<void>>();
  private setup: Promise<{ m: Manifest; big: BigTerms; facts: Facts }> | null = null;

  constructor(readonly loader: Loader) {}

  /** The facts store, once the manifest is in. */
  async facts(): Promise<Facts> {
    return (await this.ready()).facts;
  }

  /** Prepares what every search uses, before the first query. */
  warm(): Promise<void> {
    return this.ready().then(
      () => {},
      () => {},
    );
  }

  async search(raw: string): Promise<Outcome> {
    const { m, big, facts } = await this.ready();
    const query = parseQuery(raw);
    const indicators = matchIndicators(query, m.indicators);
    const named = (exact: boolean) =>
      indicators
        .filter((i) => i.exact === exact)
        .map((i) => m.indicators.indexOf(i.indicator))
        .sort((a, b) => m.indicators[a]!.range[0] - m.indicators[b]!.range[0]);
    const exact = named(true);
    const part = named(false);
    const range = (i: number) => m.indicators[i]!.range;
    const lexiconOnly = tooShortForText(query);
    const choice = lexiconOnly ? { use: [], skipped: [] } : chooseTerms(query.terms, nameTerms(query), big, m.buckets);
    const lists = new Map(
      await Promise.all(choice.use.map(async ({ term, file }) => [term, await this.term(term, file)] as const)),
    );
    const names = nameTerms(query);
    let known: Promise<void> | null = null;
    const hitFacts = () => {
      known ??= (async () => {
        this.readFacts(
          choice.use.map((u) => u.term),
          names,
          lists,
          facts,
        );
        // A named indicator's targets the terms' facts do not cover: all of them when it is named
        // by an alias the plans do not write, few when the query is part of its name.
        await this.loadIndicators([...exact, ...part], facts);
      })();
      known.catch(() => (known = null));
      return known;
    };
    const total = m.counts.target + m.counts.task + m.counts.paragraph;
    const inField = (field: 'name' | 'text', wanted: readonly string[]) => {
      const used = wanted.filter((t) => lists.has(t));
      for (const t of used) this.fields[field].load(t, lists.get(t)![field]);
      return this.fields[field].search(used, total);
    };
    const ranks = rankHits(
      {
        name: lexiconOnly ? NONE : inField('name', names),
        text: lexiconOnly ? NONE : inField('text', query.terms),
        indicatorExact: concat(exact.map((i) => span(...range(i)))),
        indicatorPart: concat(part.map((i) => span(...range(i)))),
      },
      m.counts,
    );
    return {
      query,
      indicators,
      ranks,
      get tiers() {
        return ranks.map((t) => Array.from(t));
      },
      partial: choice.skipped.length > 0,
      facts: hitFacts,
    };
  }

  private ready() {
    this.setup ??= this.loader.manifest().then((m) => ({ m, big: bigTerms(m), facts: new Facts(m) }));
    this.setup.catch(() => (this.setup = null));
    return this.setup;
  }

  /**
   * Facts of one fetched term cover every hit: a hit holds every fetched term of its field, and a
   * term's facts cover its name and text ids alike. So only the smallest term that is looked up
   * in both fields (not a year) is read; the others keep theirs for a later query.
   */
  private readFacts(
    used: readonly string[],
    names: readonly string[],
    lists: ReadonlyMap<string, TermLists>,
    facts: Facts,
  ): void {
    const both = used.filter((t) => names.includes(t) && lists.has(t));
    const pool = both.length > 0 ? both : used.filter((t) => lists.has(t));
    const size = (t: string) => lists.get(t)!.name.length + lists.get(t)!.text.length;
    const best = pool.sort((a, b) => size(a) - size(b))[0];
    const chosen = best === undefined ? undefined : lists.get(best);
    if (!chosen?.facts) return;
    facts.addTerm(chosen.facts, chosen.name, chosen.text);
    chosen.facts = null;
  }

  private term(term: string, file: string): Promise<TermLists> {
    let p = this.terms.get(term);
    if (!p) {
      p = this.loader.bytes(file).then((bytes) => {
        const entry = findTermEntry(bytes, term);
        if (!entry) return { name: NONE, text: NONE, facts: null };
        return { name: decodeIds(entry.name), text: decodeIds(entry.text), facts: entry.facts };
      });
      this.terms.set(term, p);
      p.catch(() => this.terms.delete(term));
    }
    return p;
  }

  /** Facts files of these indicators, for those whose targets' facts are not all known yet. */
  private async loadIndicators(indexes: readonly number[], facts: Facts): Promise<void> {
    const { m } = await this.ready();
    const wanted = indexes.filter((i) => !facts.knowsAll(...m.indicators[i]!.range)).slice(0, MAX_FACT_FILES);
    await Promise.all(
      wanted.map((i) => {
        let p = this.indicatorFacts.get(i);
        if (!p) {
          p = this.loader.bytes(fileNames.facts(i)).then((bytes) => facts.addIndicator(i, bytes));
          this.indicatorFacts.set(i, p);
          p.catch(() => this.indicatorFacts.delete(i));
        }
        return p;
      }),
    );
  }
}

function concat(lists: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(lists.reduce((s, l) => s + l.length, 0));
  let at = 0;
  for (const l of lists) {
    out.set(l, at);
    at += l.length;
  }
  return out;
}
