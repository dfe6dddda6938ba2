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

/** Per-plan columns, index = plan number. */
export interface PlanColumns {
  province: number[];
  level: number[];
  start: number[];
  end: number[];
  /** Number of task and paragraph documents of each plan, in plan order (ids follow it). */
  tasks: number[];
  paragraphs: number[];
}

export interface Manifest {
  /** Content hash: appended to file URLs so a new build is never mixed with a cached old one. */
  version: string;
  shards: number;
  counts: Record<Kind, number>;
  /** Display rows per block file, by kind. */
  blocks: Record<Kind, number>;
  /** Facet rows per facet block file (targets and tasks). */
  facetBlock: number;
  /** Plans per name block file. */
  planBlock: number;
  plans: PlanColumns;
  provinces: string[];
  topics: { id: string; name: string }[];
  indicators: ManifestIndicator[];
}

/** A display row of a target: plan, id suffix, name, value as written, year, attribute, quote. */
export type TargetRow = [plan: number, id: string, name: string, value: string, year: number | null, attribute: number, quote: string];
/** A display row of a task: plan, id suffix, title, whole text. */
export type TaskRow = [plan: number, id: string, title: string, text: string];
/** A display row of a paragraph: plan, anchor, text. */
export type ParagraphRow = [plan: number, anchor: string, text: string];
/** A plan name row: id, region, title. */
export type PlanRow = [id: string, region: string, title: string];

const KIND_LETTER: Record<Kind, string> = { target: 'g', task: 'k', paragraph: 'p' };

export const fileNames = {
  manifest: 'manifest.json',
  dictionary: (shard: number) => `k${shard}.bin`,
  postings: (shard: number, n: number) => `p${shard}-${n}.bin`,
  rows: (kind: Kind, block: number) => `d${KIND_LETTER[kind]}${block}.json`,
  targetFacets: (block: number) => `ft${block}.bin`,
  taskFacets: (block: number) => `fk${block}.bin`,
  plans: (block: number) => `n${block}.json`,
  planIds: 'ids.json',
};

/** Record ids start with their plan's id; storing only the rest keeps display blocks small. */
export function idSuffix(plan: string, id: string): string {
  return id.startsWith(`${plan}-`) ? id.slice(plan.length + 1) : `=${id}`;
}

export function fullId(plan: string, suffix: string): string {
  return suffix.startsWith('=') ? suffix.slice(1) : `${plan}-${suffix}`;
}
