import type { VFile } from 'vfile';
import type { Span } from '../types.ts';
import { pointLocator } from './util/position.ts';
import { toSource, type TextView } from './view/text-view.ts';

/**
 * Reports a finding as a vfile message at a source span. `code` (e.g. `repair-permille`) is the
 * rule id; repairs and anything that may lose or alter data are warnings, notes are info.
 */
const locators = new WeakMap<VFile, ReturnType<typeof pointLocator>>();

export function report(
  file: VFile,
  code: string,
  message: string,
  span: Span | null,
  severity: 'info' | 'warning' | 'error' = 'warning',
): void {
  let locate = locators.get(file);
  if (!locate) {
    locate = pointLocator(String(file.value));
    locators.set(file, locate);
  }
  const place = span ? { start: locate(span.start), end: locate(span.end) } : undefined;
  const msg = file.message(message, { place, ruleId: code, source: 'planatlas' });
  msg.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
}

/** Same, at a view span. */
export function reportView(
  file: VFile,
  view: TextView,
  code: string,
  message: string,
  start: number,
  end: number,
  severity: 'info' | 'warning' = 'warning',
): void {
  report(file, code, message, toSource(view, start, end), severity);
}
