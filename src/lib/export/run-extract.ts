import { fileIssue } from '../read/file-issue.ts';
import { loadCorpus } from '../read/load-corpus.ts';
import type { SourceDoc } from '../read/types.ts';
import type { Issue, PlanExtraction } from '../types.ts';
import { openCache } from './cache/plan-cache.ts';
import type { ExtractOptions } from './cli-options.ts';
import type { ExtractionDeps } from './deps.ts';
import { metaReport, type PlanMetaReport } from './report-meta.ts';
import type { ExportSource } from './report-types.ts';
import { writeExport } from './write-export.ts';

export interface ExtractRunDeps extends ExtractionDeps {
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
  /** Error lines, printed even with --quiet; default console.error. */
  error?: (line: string) => void;
}

export interface ExtractRun {
  exitCode: 0 | 1;
  results: PlanExtraction[];
  problems: Issue[];
  /** Names of the files written to `options.out` (empty when nothing was written). */
  files: string[];
  /** Plans whose records came from the cache instead of the extractor. */
  fromCache: number;
}

/** The extract command: read, extract each plan on its own, export whatever succeeded. */
export async function runExtract(options: ExtractOptions, deps: ExtractRunDeps): Promise<ExtractRun> {
  const log = options.quiet ? () => {} : (deps.log ?? console.log);
  const error = deps.error ?? console.error;
  let lexicon;
  try {
    lexicon = await deps.loadLexicon(options.lexicon);
  } catch (cause) {
    error(`error: cannot load the lexicon from ${options.lexicon}: ${describe(cause)}`);
    return { exitCode: 1, results: [], problems: [], files: [], fromCache: 0 };
  }
  const cache = options.cache === undefined ? null : openCache(options.cache, options.lexicon);
  const { sources, problems } = loadCorpus(options.plans, cache?.read);
  const planCount = sources.length + problems.filter(isFileFailure).length;
  const results: PlanExtraction[] = [];
  const metadata: PlanMetaReport[] = [];
  // every plan is started before the first is awaited, so a pooled extractor keeps all its workers busy
  const pending: ({ source: SourceDoc; stored: PlanExtraction | null; settled: Promise<Settled> } | null)[] =
    sources.map((source) => {
      const stored = cache?.extraction(source.meta.id) ?? null;
      const run = stored ? Promise.resolve(stored) : Promise.resolve().then(() => deps.extractPlan(source, lexicon));
      return { source, stored, settled: run.then(succeeded, broke) };
    });
  // what the export needs of each plan as read; the rest of a reading is let go once it is used,
  // so a large library's readings are not all held until the end
  const exported: ExportSource[] = [];
  sources.length = 0;
  for (let i = 0; i < pending.length; i++) {
    const { source, stored, settled } = pending[i]!;
    const outcome = await settled;
    pending[i] = null;
    if (outcome.ok) {
      const result = outcome.result;
      if (!stored) cache?.store(source, result);
      results.push(result);
      metadata.push(metaReport(source));
      exported.push({ meta: { id: source.meta.id }, text: source.text, format: source.format });
      log(summaryLine(result));
    } else {
      const { id, file } = source.meta;
      problems.push(fileIssue(id, file, 'extract-failed', `${file}: extraction failed: ${describe(outcome.cause)}`));
    }
  }
  cache?.prune();
  const files = writeExport(options.out, results, problems, { sources: exported, metadata });
  const issues = [...problems, ...results.flatMap((r) => r.issues)];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  for (const issue of errors) error(`error: ${issue.message}`);
  if (cache && cache.failures.length > 0) error(`warning: cache not written (${cache.failures[0]})`);
  log(
    `${results.length} of ${planCount} plans extracted${cache ? ` (${cache.hits()} from the cache)` : ''}; ` +
      `${errors.length} errors, ${warnings} warnings; wrote ${files.length} files to ${options.out}`,
  );
  if (options.strict && warnings > 0 && errors.length === 0) error(`--strict: ${warnings} warnings count as failure`);
  const failed = errors.length > 0 || (options.strict && warnings > 0);
  return { exitCode: failed ? 1 : 0, results, problems, files, fromCache: cache?.hits() ?? 0 };
}

type Settled = { ok: true; result: PlanExtraction } | { ok: false; cause: unknown };
const succeeded = (result: PlanExtraction): Settled => ({ ok: true, result });
const broke = (cause: unknown): Settled => ({ ok: false, cause });

function summaryLine(r: PlanExtraction): string {
  const table = r.indicators.filter((i) => i.source === 'table').length;
  const warnings = r.issues.filter((i) => i.severity === 'warning').length;
  return (
    `${r.plan.id}: indicators ${table} table + ${r.indicators.length - table} text, ` +
    `tasks ${r.tasks.length}, units ${r.units.length}, outline ${r.outline.length}, warnings ${warnings}`
  );
}

/** Unreadable plan texts count among the plans; a stray YAML or an unlistable directory does not. */
function isFileFailure(issue: Issue): boolean {
  return issue.severity === 'error' && issue.code !== 'source-missing' && issue.plan !== null;
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
