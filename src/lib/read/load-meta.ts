import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import { parsePlanMeta, type PlanMetaFields } from '../schemas/plan-meta.ts';
import { decodeBytes } from './decode.ts';
import { InputError, isInputError } from './input-error.ts';

/** Metadata needs no aliases at all; a few are allowed, a "billion laughs" expansion is refused. */
const MAX_ALIAS_COUNT = 20;

/**
 * Reads and validates a plan's metadata YAML. `planFile` is the text file it belongs to, so a
 * missing YAML is reported against the plan the editor is looking at. Every failure (encoding,
 * syntax, alias bomb, schema) is an InputError, so it is this plan's error and no one else's.
 */
export function loadMeta(yamlPath: string, planFile: string, yamlFile = basename(yamlPath)): PlanMetaFields {
  if (!existsSync(yamlPath)) {
    throw new InputError(
      planFile,
      'metadata-missing',
      `${planFile}: no metadata file ${yamlFile} next to it (region, level, period are required)`,
    );
  }
  const parsed = parsePlanMeta(yamlData(readYamlText(yamlPath, yamlFile), yamlFile), yamlFile);
  if (!parsed.ok) throw new InputError(yamlFile, 'metadata-invalid', parsed.message);
  return parsed.meta;
}

/** Decoded like a plan text (BOM, UTF-8, GBK/GB18030), so a GBK file is not read as mojibake. */
function readYamlText(yamlPath: string, yamlFile: string): string {
  try {
    const decoded = decodeBytes(readFileSync(yamlPath), yamlFile);
    const bad = decoded.damaged?.[0];
    if (bad)
      throw new InputError(yamlFile, 'metadata-invalid', `${yamlFile}: bytes at byte ${bad.byte} are no character`);
    return decoded.text;
  } catch (error) {
    if (isInputError(error)) throw new InputError(yamlFile, 'metadata-invalid', error.message);
    throw new InputError(yamlFile, 'metadata-invalid', `${yamlFile}: cannot be read (${describe(error)})`);
  }
}

function yamlData(text: string, yamlFile: string): unknown {
  try {
    const doc = parseDocument(text, { prettyErrors: true });
    const syntax = doc.errors[0];
    if (syntax) {
      const where = syntax.linePos ? ` at line ${syntax.linePos[0].line}, column ${syntax.linePos[0].col}` : '';
      const firstLine = syntax.message.split('\n')[0] ?? syntax.message;
      throw new InputError(yamlFile, 'metadata-invalid', `${yamlFile}: not valid YAML${where}: ${firstLine}`);
    }
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (isInputError(error)) throw error;
    throw new InputError(yamlFile, 'metadata-invalid', `${yamlFile}: not valid metadata YAML: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
