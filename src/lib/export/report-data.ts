import type { IndicatorRecord, Issue, PlanExtraction } from '../types.ts';
import type { PlanMetaReport } from './report-meta.ts';
import type { PlanSummary, Report, ReportIssue, UnmappedName } from './report-types.ts';
import { planDetails } from './report-details.ts';
import { compareText, sortIssues } from './sort.ts';

const isRepair = (issue: Issue): boolean => issue.code.startsWith('repair-');
const isNote = (issue: Issue): boolean => !isRepair(issue) && /redact|truncat/.test(issue.code);

/** Summarises an extraction run; results and problems may come in any order. */
export function buildReport(
  results: readonly PlanExtraction[],
  problems: readonly Issue[],
  metadata: readonly PlanMetaReport[] = [],
): Report {
  const sorted = [...results].sort((a, b) => compareText(a.plan.id, b.plan.id));
  const issues = sortIssues([...problems, ...sorted.flatMap((r) => r.issues)]);
  const warnings = new Map<string, ReportIssue[]>();
  for (const issue of issues) {
    if (issue.severity !== 'warning' || isRepair(issue) || isNote(issue)) continue;
    warnings.set(issue.code, [...(warnings.get(issue.code) ?? []), toReportIssue(issue)]);
  }
  return {
    plans: sorted.map(summarise),
    errors: issues.filter((i) => i.severity === 'error').map(toReportIssue),
    repairs: issues.filter(isRepair).map(toReportIssue),
    warnings: [...warnings.keys()].sort(compareText).map((code) => {
      const items = warnings.get(code) ?? [];
      return { code, count: items.length, items };
    }),
    notes: issues.filter(isNote).map(toReportIssue),
    unmapped: unmappedNames(sorted.flatMap((r) => r.indicators)),
    metadata: [...metadata].sort((a, b) => compareText(a.plan, b.plan)),
    details: sorted.map(planDetails),
  };
}

function summarise(result: PlanExtraction): PlanSummary {
  const { plan, indicators, units, issues, setApart } = result;
  return {
    id: plan.id,
    file: plan.file,
    title: plan.title,
    encoding: plan.encoding,
    reader: plan.format,
    setApart,
    length: plan.length,
    indicators: {
      table: indicators.filter((i) => i.source === 'table').length,
      text: indicators.filter((i) => i.source === 'text').length,
      unmapped: indicators.filter((i) => i.indicator === null).length,
    },
    tasks: result.tasks.length,
    units: { total: units.length, redacted: units.filter((u) => u.redacted).length },
    outline: result.outline.length,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    repairs: issues.filter(isRepair).length,
  };
}

function toReportIssue(issue: Issue): ReportIssue {
  const position = issue.line !== null ? `${issue.line}:${issue.column ?? 1}` : null;
  const { plan, file, severity, code, message } = issue;
  return { plan, file, severity, code, message, position };
}

function unmappedNames(indicators: readonly IndicatorRecord[]): UnmappedName[] {
  const byName = new Map<string, { count: number; units: Set<string>; plans: Set<string> }>();
  for (const record of indicators) {
    if (record.indicator !== null) continue;
    const entry = byName.get(record.name) ?? { count: 0, units: new Set<string>(), plans: new Set<string>() };
    entry.count++;
    if (record.unit !== null) entry.units.add(record.unit);
    entry.plans.add(record.plan);
    byName.set(record.name, entry);
  }
  return [...byName]
    .map(([name, e]) => ({
      name,
      count: e.count,
      units: [...e.units].sort(compareText),
      plans: [...e.plans].sort(compareText),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
}
