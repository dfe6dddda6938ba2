import type { PlanExtraction } from '../types.ts';
import { compareText } from './sort.ts';

/** Per plan, what an editor checks first: the tables as read, targets per year, uncertain names. */
export interface PlanDetails {
  plan: string;
  /** One line per grid read as an indicator table: where, and its columns as interpreted. */
  tables: { position: string | null; columns: string }[];
  /** Number of targets per target year ("yearly" for targets set for every year, "none" without a year). */
  targetsByYear: Record<string, number>;
  /** Targets whose name or value the extractor could not read with confidence. */
  uncertain: { name: string; valueText: string; why: string[]; quote: string }[];
}

export function planDetails(result: PlanExtraction): PlanDetails {
  const byYear = new Map<string, number>();
  for (const t of result.indicators) {
    const key = t.yearly ? 'yearly' : t.year === null ? 'none' : String(t.year);
    byYear.set(key, (byYear.get(key) ?? 0) + 1);
  }
  return {
    plan: result.plan.id,
    tables: result.issues
      .filter((i) => i.code === 'table-columns')
      .map((i) => ({ position: i.line !== null ? `${i.line}:${i.column ?? 1}` : null, columns: i.message })),
    targetsByYear: Object.fromEntries([...byYear].sort(([a], [b]) => compareText(a, b))),
    uncertain: result.indicators
      .filter((t) => t.uncertain.length > 0)
      .map((t) => ({ name: t.name, valueText: t.valueText, why: t.uncertain, quote: t.quote })),
  };
}

/** The details as Markdown: a heading per plan that has anything to show. */
export function detailsMarkdown(details: readonly PlanDetails[]): string {
  const parts = details.map((d) => {
    const years = Object.entries(d.targetsByYear).map(([y, n]) => `${y}: ${n}`);
    const lines = [`### ${d.plan}`, '', `- targets per year: ${years.join(', ') || 'none'}`];
    for (const t of d.tables) lines.push(`- table${t.position ? ` at ${t.position}` : ''}: ${oneLine(t.columns)}`);
    if (d.tables.length === 0) lines.push('- no indicator table');
    for (const u of d.uncertain) {
      lines.push(
        `- uncertain (${u.why.join(', ')}): "${oneLine(u.name) || '(no name)'}" ${oneLine(u.valueText)} — “${oneLine(u.quote)}”`,
      );
    }
    return lines.join('\n');
  });
  return parts.length === 0 ? '' : ['## Per plan: tables, targets per year, uncertain names', ...parts].join('\n\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
