import { DETECTED_FIELDS, type DetectedField } from '../read/meta/merge.ts';
import type { SourceDoc } from '../read/types.ts';

/** filled: the YAML left it null and the text's value is used; agrees: both say the same; overridden: the YAML says otherwise. */
export type MetaStatus = 'filled' | 'agrees' | 'overridden';

export interface MetaFinding {
  field: DetectedField;
  /** What the text states. */
  detected: string;
  status: MetaStatus;
  /** What the YAML says, when it says something. */
  yaml: string | null;
}

export interface PlanMetaReport {
  plan: string;
  /** One entry per field the text states; fields it does not state are absent. */
  fields: MetaFinding[];
}

const same = (a: string, b: string) => a.replace(/\s+/gu, ' ') === b.replace(/\s+/gu, ' ');

/** What the text of one plan states about itself, and whether the record uses it. */
export function metaReport(source: Pick<SourceDoc, 'meta' | 'detected' | 'metaFilled'>): PlanMetaReport {
  const filled = new Set(source.metaFilled ?? []);
  const fields = DETECTED_FIELDS.flatMap((field): MetaFinding[] => {
    const detected = source.detected[field];
    if (detected === null) return [];
    if (filled.has(field)) return [{ field, detected, status: 'filled', yaml: null }];
    const yaml = source.meta[field];
    if (yaml === null) return [];
    return [{ field, detected, status: same(yaml, detected) ? 'agrees' : 'overridden', yaml }];
  });
  return { plan: source.meta.id, fields };
}

/** The report's section: one row per plan and stated field. */
export function metaMarkdown(reports: readonly PlanMetaReport[]): string {
  const rows = reports.flatMap((r) =>
    r.fields.map((f) => `| ${[r.plan, f.field, f.detected, f.status, f.yaml ?? ''].map(cell).join(' | ')} |`),
  );
  if (rows.length === 0) return '';
  return [
    `## Metadata stated in the texts (${rows.length})`,
    '',
    'filled: the YAML left the field empty and the text’s value is used; overridden: the YAML’s value is used.',
    '',
    '| plan | field | stated in the text | status | YAML |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n|\r/g, ' ');
}
