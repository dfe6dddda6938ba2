import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { PlanMetaFields } from '../schemas/plan-meta.ts';
import type { Issue, PlanMeta } from '../types.ts';
import { damageIssues } from './damage-issues.ts';
import { detectMeta } from './detect-meta.ts';
import { InputError } from './input-error.ts';
import { loadMeta } from './load-meta.ts';
import { fillFromText } from './meta/merge.ts';
import { planId } from './plan-id.ts';
import { READERS } from './readers.ts';
import { sha256 } from './sha256.ts';
import type { SourceDoc } from './types.ts';

export interface ReadPlan {
  source: SourceDoc;
  /** Warnings about the reading itself (bad bytes read as U+FFFD), with positions. */
  issues: Issue[];
}

/** Reads one plan text and its `<stem>.yaml`; throws InputError for anything an editor must fix. */
export function readSource(planPath: string, file = basename(planPath)): SourceDoc {
  return readPlan(planPath, file).source;
}

/**
 * Like readSource, with the warnings. `file` is the path relative to the plans folder ("/"
 * between folders): it names the plan in every message and decides its id.
 */
export function readPlan(planPath: string, file = basename(planPath)): ReadPlan {
  const extension = extname(file);
  const id = planId(file.slice(0, file.length - extension.length));
  const reader = READERS.get(extension.toLowerCase());
  if (!reader) throw new InputError(file, 'format-unknown', `${file}: no reader for "${extension}" files`);
  const bytes = readBytes(planPath, file);
  const read = reader(bytes, file);
  const yamlPath = `${planPath.slice(0, planPath.length - extension.length)}.yaml`;
  const fields = loadMeta(yamlPath, file, `${file.slice(0, file.length - extension.length)}.yaml`);
  const detected = detectMeta(read.text, read.metaText);
  const { meta, filled } = fillFromText(toPlanMeta(id, file, fields), detected);
  const source: SourceDoc = {
    meta,
    path: planPath,
    text: read.text,
    sha256: sha256(bytes),
    encoding: read.encoding,
    format: read.format,
    grids: read.grids ?? [],
    blocks: read.blocks ?? [],
    pages: read.pages ?? [],
    setApart: read.setApart ?? {},
    detected,
    metaFilled: filled,
  };
  return { source, issues: damageIssues(id, file, read.text, read.encoding, read.damaged ?? []) };
}

function readBytes(path: string, file: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(file, 'unreadable', `${file}: cannot be read (${reason})`);
  }
}

/** Builds the record in the contract's key order; `notes` stay in the YAML for editors only. */
function toPlanMeta(id: string, file: string, f: PlanMetaFields): PlanMeta {
  return {
    id,
    file,
    region: f.region,
    province: f.province,
    level: f.level,
    title: f.title,
    period: [f.period[0], f.period[1]],
    issuer: f.issuer,
    date: f.date,
    docNumber: f.docNumber,
    kind: f.kind,
    url: f.url,
  };
}
