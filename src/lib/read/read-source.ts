import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { PlanMetaFields } from '../schemas/plan-meta.ts';
import type { PlanMeta } from '../types.ts';
import { detectMeta } from './detect-meta.ts';
import { InputError } from './input-error.ts';
import { loadMeta } from './load-meta.ts';
import { fillFromText } from './meta/merge.ts';
import { READERS } from './readers.ts';
import { sha256 } from './sha256.ts';
import type { SourceDoc } from './types.ts';

/** Reads one plan text and its `<stem>.yaml`; throws InputError for anything an editor must fix. */
export function readSource(planPath: string): SourceDoc {
  const file = basename(planPath);
  const extension = extname(file);
  const id = file.slice(0, file.length - extension.length);
  const reader = READERS.get(extension.toLowerCase());
  if (!reader) throw new InputError(file, 'format-unknown', `${file}: no reader for "${extension}" files`);
  const bytes = readBytes(planPath, file);
  const read = reader(bytes, file);
  const fields = loadMeta(join(dirname(planPath), `${id}.yaml`), file);
  const detected = detectMeta(read.text, read.metaText);
  const { meta, filled } = fillFromText(toPlanMeta(id, file, fields), detected);
  return {
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
