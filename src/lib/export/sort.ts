import type { Issue } from '../types.ts';

/** Code-unit order: locale collation differs between machines and would make exports drift. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Placed {
  id: string;
  plan: string;
  start: number;
  end: number;
}

/** By plan id, then position in the text; the id breaks ties so input order never matters. */
export function sortRecords<T extends Placed>(records: readonly T[]): T[] {
  return [...records].sort(
    (a, b) => compareText(a.plan, b.plan) || a.start - b.start || a.end - b.end || compareText(a.id, b.id),
  );
}

/** Same order for issues; file-level issues (no position) come first within their plan. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      compareText(a.plan ?? '', b.plan ?? '') ||
      (a.start ?? -1) - (b.start ?? -1) ||
      (a.end ?? -1) - (b.end ?? -1) ||
      compareText(a.file, b.file) ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}
