import type { Encoding, PlanMeta } from '../types.ts';

/** A plan's source as read from disk, before any extraction. */
export interface SourceDoc {
  meta: PlanMeta;
  /** Absolute or project-relative path of the source file. */
  path: string;
  /** Decoded text; every offset in every record points into this string. */
  text: string;
  sha256: string;
  encoding: Encoding;
  /** `md` when the file is Markdown (pipe tables, # headings), `txt` otherwise. */
  format: 'txt' | 'md';
}
