import type { VFile } from 'vfile';
import type { Issue } from '../types.ts';

/** The vfile's messages as exported issues, in source order. */
export function issuesOf(file: VFile, plan: string, name: string): Issue[] {
  return file.messages
    .map(
      (m) =>
        ({
          plan,
          file: name,
          severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
          code: m.ruleId ?? 'note',
          message: m.reason,
          start: m.place && 'start' in m.place ? (m.place.start.offset ?? null) : null,
          end: m.place && 'end' in m.place ? (m.place.end.offset ?? null) : null,
          line: m.line ?? null,
          column: m.column ?? null,
        }) satisfies Issue,
    )
    .sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || a.code.localeCompare(b.code));
}
