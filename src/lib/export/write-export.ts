import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue, PlanExtraction } from '../types.ts';
import { INDICATOR_COLUMNS, ISSUE_COLUMNS, ordered, PLAN_COLUMNS, TASK_COLUMNS, UNIT_COLUMNS } from './columns.ts';
import { toCsv } from './csv.ts';
import { buildReport } from './report-data.ts';
import { reportMarkdown } from './report-markdown.ts';
import type { ExportSource } from './report-types.ts';
import type { PlanMetaReport } from './report-meta.ts';
import { compareText, sortIssues, sortRecords } from './sort.ts';

export interface ExportOptions {
  /** Also write plans/indicators/tasks/units as CSV. Default true. */
  csv?: boolean;
  /** Write report.md and report.json. Default true. */
  report?: boolean;
  /**
   * The plans as read: each extracted plan's text is written to texts/<plan id>.txt (the text its
   * records' offsets index), and the report says which reader read it and what it set apart.
   */
  sources?: readonly ExportSource[];
  /** What each plan's text states about itself, for the report. */
  metadata?: readonly PlanMetaReport[];
}

/**
 * Writes the export files into `outDir` and returns their names. Output depends only on the
 * records, never on input order or the clock, so re-running on unchanged plans changes no byte.
 */
export function writeExport(
  outDir: string,
  results: readonly PlanExtraction[],
  problems: readonly Issue[],
  options: ExportOptions = {},
): string[] {
  const plans = results.map((r) => ordered(r.plan, PLAN_COLUMNS)).sort((a, b) => compareText(a.id, b.id));
  const indicators = sortRecords(results.flatMap((r) => r.indicators)).map((x) => ordered(x, INDICATOR_COLUMNS));
  const tasks = sortRecords(results.flatMap((r) => r.tasks)).map((x) => ordered(x, TASK_COLUMNS));
  const units = sortRecords(results.flatMap((r) => r.units)).map((x) => ordered(x, UNIT_COLUMNS));
  const issues = sortIssues([...problems, ...results.flatMap((r) => r.issues)]).map((x) => ordered(x, ISSUE_COLUMNS));

  // Each file is made when it is written and let go after, so the export never holds every file
  // of a large library as text at once.
  const files = new Map<string, () => string>([
    ['plans.json', () => json(plans)],
    ['indicators.json', () => json(indicators)],
    ['tasks.json', () => json(tasks)],
    ['units.json', () => json(units)],
    ['issues.json', () => json(issues)],
    // the plan pages' table of contents and paragraph anchors, one row per entry
    ['outline.json', () => json(results.flatMap((r) => r.outline.map((o) => ({ plan: r.plan.id, ...o }))))],
    ['paragraphs.json', () => json(results.flatMap((r) => r.paragraphs.map((p) => ({ plan: r.plan.id, ...p }))))],
    // the plan pages' tables: cell offsets only, one line per grid to keep the file small
    ['tables.json', () => gridsJson(results)],
  ]);
  if (options.csv ?? true) {
    files.set('plans.csv', () => toCsv(plans, PLAN_COLUMNS));
    files.set('indicators.csv', () => toCsv(indicators, INDICATOR_COLUMNS));
    files.set('tasks.csv', () => toCsv(tasks, TASK_COLUMNS));
    files.set('units.csv', () => toCsv(units, UNIT_COLUMNS));
  }
  const extracted = new Set(plans.map((p) => p.id));
  const sources = (options.sources ?? []).filter((s) => extracted.has(s.meta.id));
  for (const source of sources) files.set(`texts/${source.meta.id}.txt`, () => source.text);
  if (options.report ?? true) {
    const report = buildReport(results, problems, options.metadata);
    files.set('report.json', () => json(report));
    files.set('report.md', () => reportMarkdown(report));
  }
  mkdirSync(outDir, { recursive: true });
  if (sources.length > 0) mkdirSync(join(outDir, 'texts'), { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDir, name), content(), 'utf8');
  return [...files.keys()];
}

function gridsJson(results: readonly PlanExtraction[]): string {
  const sorted = [...results].sort((a, b) => compareText(a.plan.id, b.plan.id));
  const lines = sorted.flatMap((r) => r.grids.map((g) => JSON.stringify({ plan: r.plan.id, ...g })));
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
