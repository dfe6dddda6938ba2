import { extractPlan } from '../../../src/lib/extract/index.ts';
import type { PlanExtraction } from '../../../src/lib/types.ts';
import { sourceDoc } from '../../helpers/source-doc.ts';
import { nullLexicon } from '../null-lexicon.ts';

/** Extracts a plan body under a goal heading, for a plan of the given period. */
export function extract(body: string, period: [number, number] = [2024, 2026]): PlanExtraction {
  return extractPlan(sourceDoc(`一、主要目标\n${body}\n`, { meta: { period } }), nullLexicon);
}

/** "name|value|year" of each target. */
export function years(body: string, period?: [number, number]): string[] {
  return extract(body, period).indicators.map(
    (t) => `${t.name}|${t.value ?? t.valueText}|${t.year}${t.yearly ? '|yearly' : ''}`,
  );
}
