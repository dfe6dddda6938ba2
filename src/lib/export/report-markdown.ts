import { detailsMarkdown } from './report-details.ts';
import { metaMarkdown } from './report-meta.ts';
import type { PlanSummary, Report, ReportIssue } from './report-types.ts';

/** Renders the run report for editors reading it on GitHub or in an editor preview. */
export function reportMarkdown(report: Report): string {
  const parts = [
    '# Extraction report',
    plansTable(report.plans),
    readersSection(report.plans),
    detailsMarkdown(report.details),
    issueSection('Errors', report.errors),
    issueSection('Repairs', report.repairs),
    warningSection(report),
    issueSection('Redacted and truncated passages', report.notes),
    unmappedSection(report),
    metaMarkdown(report.metadata),
  ];
  return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

function plansTable(plans: readonly PlanSummary[]): string {
  const head = [
    '## Plans',
    '',
    '| plan | encoding | chars | indicators (table + text) | unmapped | tasks | units (redacted) | outline | repairs | warnings | errors |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const rows = plans.map((p) =>
    row([
      p.id,
      p.encoding,
      p.length,
      `${p.indicators.table} + ${p.indicators.text}`,
      p.indicators.unmapped,
      p.tasks,
      `${p.units.total} (${p.units.redacted})`,
      p.outline,
      p.repairs,
      p.warnings,
      p.errors,
    ]),
  );
  return [...head, ...(rows.length > 0 ? rows : ['| (no plan extracted) |||||||||||'])].join('\n');
}

const READER_NAMES: Record<PlanSummary['reader'], string> = {
  txt: 'plain text',
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word .docx',
  pdf: 'PDF',
};

/** Per plan, which reader read it and what it set apart from the text, so nothing goes unseen. */
function readersSection(plans: readonly PlanSummary[]): string {
  if (plans.length === 0) return '';
  const lines = plans.map((p) => {
    const apart = Object.entries(p.setApart).map(([what, n]) => `${what} ${n}`);
    return `- ${p.id} (${p.file}): read as ${READER_NAMES[p.reader]}; set apart: ${apart.join(', ') || 'nothing'}`;
  });
  return ['## Readers', '', ...lines].join('\n');
}

function issueSection(title: string, issues: readonly ReportIssue[]): string {
  if (issues.length === 0) return '';
  return [`## ${title} (${issues.length})`, '', ...issueTable(issues)].join('\n');
}

function warningSection(report: Report): string {
  if (report.warnings.length === 0) return '';
  const total = report.warnings.reduce((n, w) => n + w.count, 0);
  const groups = report.warnings.map((w) => [`### ${w.code} (${w.count})`, '', ...issueTable(w.items)].join('\n'));
  return [`## Warnings (${total})`, ...groups].join('\n\n');
}

function issueTable(issues: readonly ReportIssue[]): string[] {
  return [
    '| plan | file | line:column | code | message |',
    '|---|---|---|---|---|',
    ...issues.map((i) => row([i.plan ?? '', i.file, i.position ?? '', i.code, i.message])),
  ];
}

function unmappedSection(report: Report): string {
  if (report.unmapped.length === 0) return '';
  return [
    `## Unmapped indicator names (${report.unmapped.length})`,
    '',
    'Names with no lexicon entry; add them as aliases or new indicators.',
    '',
    '| name | count | units | plans |',
    '|---|--:|---|---|',
    ...report.unmapped.map((u) => row([u.name, u.count, u.units.join(' '), u.plans.join(' ')])),
  ].join('\n');
}

function row(cells: ReadonlyArray<string | number>): string {
  return `| ${cells.map((c) => cell(String(c))).join(' | ')} |`;
}

/** Pipes and line breaks would end the table cell early. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n|\r/g, ' ');
}
