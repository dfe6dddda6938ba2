import type { Issue, Severity } from '../types.ts';

/** An issue about a whole file, with no position inside a text. */
export function fileIssue(
  plan: string | null,
  file: string,
  code: string,
  message: string,
  severity: Severity = 'error',
): Issue {
  return { plan, file, severity, code, message, start: null, end: null, line: null, column: null };
}
