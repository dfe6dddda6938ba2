import { stringify } from 'yaml';
import type { GuessedMeta } from './guess.ts';

/** The YAML's fields in the order editors know from the other plans. */
const ORDER = ['region', 'province', 'level', 'title', 'period', 'issuer', 'date', 'docNumber', 'kind', 'url'] as const;
const REQUIRED = new Set<string>(['region', 'level', 'period']);

const HEADER = [
  '# Pre-filled from the text by `npm run add-plan`: CHECK EVERY FIELD against the document.',
  '# A field marked "not found" could not be read from the text; fill it in or leave null.',
  '# region, level and period are required: the plan is not extracted until they are set.',
  '# level: national | province | city | district | county; date: quoted YYYY-MM-DD.',
];

/** One YAML line per field, with a note on each the text did not give. */
export function planYaml(meta: GuessedMeta): string {
  const lines = ORDER.map((field) => {
    const value = field === 'url' ? null : meta[field];
    const line = Array.isArray(value)
      ? `${field}: [${value.join(', ')}]`
      : field === 'date' && value !== null
        ? `date: '${String(value)}'`
        : stringify({ [field]: value }).trimEnd();
    if (value !== null) return line;
    if (field === 'url') return `${line} # the address the copy was taken from, if any`;
    return `${line} # not found${REQUIRED.has(field) ? ' — REQUIRED' : ''}`;
  });
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/** The fields the draft filled and those it could not. */
export function filledFields(meta: GuessedMeta): { filled: string[]; missing: string[] } {
  const fields = ORDER.filter((f) => f !== 'url');
  return { filled: fields.filter((f) => meta[f] !== null), missing: fields.filter((f) => meta[f] === null) };
}
