import { extractPlan } from '../../../src/lib/extract/index.ts';
import type { SourceDoc } from '../../../src/lib/read/types.ts';
import { sourceDoc } from '../../helpers/source-doc.ts';
import { nullLexicon } from '../null-lexicon.ts';

type Options = Partial<Omit<SourceDoc, 'meta'>> & { meta?: Partial<SourceDoc['meta']> };

/** A plan of a goal chapter holding `body`, extracted with a lexicon that knows nothing. */
export function extract(body: string, options: Options = {}) {
  const text = `一、发展目标\n${body}\n二、主要任务\n（一）做好工作\n`;
  const source = sourceDoc(text, options);
  const result = extractPlan(source, nullLexicon);
  for (const r of result.indicators) if (text.slice(r.start, r.end) !== r.quote) throw new Error(`quote ${r.quote}`);
  return { text, result };
}

/** Table targets as "name|unit|year|op|value|valueText|baseline|category|attribute|parent". */
export function tableRows(body: string, options: Options = {}): string[] {
  return extract(body, options)
    .result.indicators.filter((t) => t.source === 'table')
    .map((t) =>
      [
        t.name,
        t.unit,
        t.year,
        t.op,
        t.value,
        t.valueText,
        t.baselineValue,
        t.category,
        t.attribute,
        t.parentValue,
      ].join('|'),
    );
}

/** Messages of one code. */
export function messages(body: string, code: string, options: Options = {}): string[] {
  return extract(body, options)
    .result.issues.filter((i) => i.code === code)
    .map((i) => i.message);
}
