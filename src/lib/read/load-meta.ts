import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument } from 'yaml';
import { parsePlanMeta, type PlanMetaFields } from '../schemas/plan-meta.ts';
import { InputError } from './input-error.ts';

/**
 * Reads and validates a plan's metadata YAML. `planFile` is the text file it belongs to, so a
 * missing YAML is reported against the plan the editor is looking at.
 */
export function loadMeta(yamlPath: string, planFile: string): PlanMetaFields {
  const yamlFile = basename(yamlPath);
  if (!existsSync(yamlPath)) {
    throw new InputError(
      planFile,
      'metadata-missing',
      `${planFile}: no metadata file ${yamlFile} next to it (region, level, period are required)`,
    );
  }
  const doc = parseDocument(readFileSync(yamlPath, 'utf8'), { prettyErrors: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const where = syntax.linePos ? ` at line ${syntax.linePos[0].line}, column ${syntax.linePos[0].col}` : '';
    const firstLine = syntax.message.split('\n')[0] ?? syntax.message;
    throw new InputError(yamlFile, 'metadata-invalid', `${yamlFile}: not valid YAML${where}: ${firstLine}`);
  }
  const parsed = parsePlanMeta(doc.toJS(), yamlFile);
  if (!parsed.ok) throw new InputError(yamlFile, 'metadata-invalid', parsed.message);
  return parsed.meta;
}
