import type { MappingRow } from './mapping.ts';

const HEADER = ['plan', 'source', 'name', 'unit', 'indicator', 'statistical'];

// Tabs and line breaks inside a name would shift the columns a reviewer reads.
function cell(text: string | null): string {
  return (text ?? '').replace(/[\t\r\n]+/gu, ' ');
}

/** The reviewed mapping list as TSV: one target per line, unmapped written as "-". */
export function mappingTsv(rows: readonly MappingRow[]): string {
  const lines = rows.map((r) =>
    [r.plan, r.source, cell(r.name), cell(r.unit), r.indicator ?? '-', r.statistical ? 'stat' : 'project'].join('\t'),
  );
  return `${[HEADER.join('\t'), ...lines].join('\n')}\n`;
}
