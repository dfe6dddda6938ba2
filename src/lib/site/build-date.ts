import { isoDay } from './citation/access-date.ts';

/** Fixed by PLANATLAS_BUILD_DATE for reproducible builds; otherwise the day of the build. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): string {
  const fixed = env['PLANATLAS_BUILD_DATE'];
  return fixed && /^\d{4}-\d{2}-\d{2}$/u.test(fixed) ? fixed : isoDay(new Date());
}
