/** Local calendar date as YYYY-MM-DD (the reader's own day, not UTC's). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The page is built on one day and copied on another: the reference's access date, written in
 * brackets at build time, becomes the day the reader actually copies it.
 */
export function withAccessDate(text: string, builtOn: string, today: string): string {
  return text.replace(`[${builtOn}]`, `[${today}]`);
}
