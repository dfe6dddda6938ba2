/**
 * Shapes of the static files the index build writes and the browser reads. Document ids are
 * dense integers: targets first, then tasks, then paragraphs, so the kind of a hit is its range.
 */
import type { Attribute, Level } from '../types.ts';

export type Kind = 'target' | 'task' | 'paragraph';
export const KINDS: readonly Kind[] = ['target', 'task', 'paragraph'];

/** Two separately searched fields: a target's name or a task's title, and running text. */
export type Field = 'name' | 'text';
export const FIELDS: readonly Field[] = ['name', 'text'];

export const ATTRIBUTES: readonly Attribute[] = ['预期性', '约束性'];
export const LEVELS: readonly Level[] = ['national', 'province', 'city', 'district', 'county'];

export interface ManifestIndicator {
  id: string;
  name: string;
  /** The name and every alias, folded the way queries are. */
  terms: string[];
  /** Indexes into `topics`. */
  topics: number[];
  /** Target ids [start, end) filed under this indicator (targets are sorted by indicator). */
  range: [number, number];
}

/**
 * Everything a search needs before its first request for terms: small, and loaded as the page
 * opens (see head.ts). The plan table, which grows with the plans and only facets need, is a
 * file of its own (plans.bin, see plan-table.ts).
 */
export interface Manifest {
  /** Content hash: appended to file URLs so a new build is never mixed with a cached old one. */
  version: string;
  counts: Record<Kind, number>;
  /** Targets from this id on are filed under no indicator (they come last); their topics travel with their facts. */
  unfiled: number;
  /** Display rows per block file, by kind. */
  blocks: Record<Kind, number>;
  /** Number of term bucket files (a power of two): a term is in bucket shardOf(term, buckets). */
  buckets: number;
  /** Terms whose file is too large to fetch unasked (see BigTable). Every other term is in its bucket and small. */
  big: BigTable;
  plans: number;
  /** Plan ids per `ni` file (plan number → id), and number of `nh` files (id → plan number). */
  planIdBlock: number;
  planIdBuckets: number;
  provinces: string[];
  topics: { id: string; name: string }[];
  indicators: ManifestIndicator[];
}

/**
 * The big terms, sorted (code-unit order, so a query term is found by binary search), with the
 * size of each one's file and its number: the file of `terms[i]` is `b{files[i]}`.
 */
export interface BigTable {
  terms: string[];
  bytes: ArrayLike<number>;
  files: ArrayLike<number>;
}

/** A display row of a target: plan, id suffix, name, value as written, year, attribute, quote. */
export type TargetRow = [
  plan: number,
  id: string,
  name: string,
  value: string,
  year: number | null,
  attribute: number,
  quote: string,
];
/** A display row of a task: plan, id suffix, title, whole text. */
export type TaskRow = [plan: number, id: string, title: string, text: string];
/** A display row of a paragraph: plan, anchor, text. */
export type ParagraphRow = [plan: number, anchor: string, text: string];
/** A plan name row: id, region, title. */
export type PlanRow = [id: string, region: string, title: string];

/**
 * A display block: its rows, and the names of the plans they belong to, so a result can be shown
 * from this one file (plan number, id, region, title).
 */
export interface RowBlock<Row> {
  plans: [plan: number, id: string, region: string, title: string][];
  rows: Row[];
}

const KIND_LETTER: Record<Kind, string> = { target: 'g', task: 'k', paragraph: 'p' };

export const fileNames = {
  head: 'head.bin',
  plans: 'plans.bin',
  bucket: (bucket: number) => `t${bucket}.bin`,
  big: (index: number) => `b${index}.bin`,
  /** Facts of the targets filed under one indicator (its index in the manifest). */
  facts: (indicator: number) => `f${indicator}.bin`,
  rows: (kind: Kind, block: number) => `r${KIND_LETTER[kind]}${block}.bin`,
  planIds: (block: number) => `ni${block}.bin`,
  planNumbers: (bucket: number) => `nh${bucket}.bin`,
};

/** Record ids start with their plan's id; storing only the rest keeps display blocks small. */
export function idSuffix(plan: string, id: string): string {
  return id.startsWith(`${plan}-`) ? id.slice(plan.length + 1) : `=${id}`;
}

export function fullId(plan: string, suffix: string): string {
  return suffix.startsWith('=') ? suffix.slice(1) : `${plan}-${suffix}`;
}
