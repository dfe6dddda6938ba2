import { isBlank, isTableRow, type Line } from './lines.ts';

/** Full-width digits, letters and signs as ASCII, the ideographic space as a space. */
export const halfWidth = (s: string): string =>
  s.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/gu, ' ');

const DASH = '[-—–―─~·•－]';
/** Page numbers that say what they are: "— 9 —", "-9-", "第9页", "第 9 页 共 30 页", "Page 9 of 30". */
const SELF_EVIDENT = [
  new RegExp(`^${DASH}+ ?\\d{1,4} ?${DASH}+$`, 'u'),
  /^第 ?\d{1,4} ?页(?: ?[,，/]? ?共 ?\d{1,4} ?页)?$/u,
  /^共 ?\d{1,4} ?页 ?[,，/]? ?第 ?\d{1,4} ?页$/u,
  /^page ?\d{1,4}(?: ?(?:of|\/) ?\d{1,4})?$/iu,
];
const FRACTION = /^(?:- ?)?(\d{1,4}) ?\/ ?(\d{1,4})(?: ?-)?$/u;
const BARE = /^\d{1,4}$/u;

/** Bare numbers count as page numbers only this far apart, so a 序号 column is not one. */
const MIN_LINES_APART = 3;
const MIN_CHARS_APART = 300;

/**
 * Indexes of the lines that are page numbers. "9/30" counts when two lines share the total; a
 * bare number line counts inside a run of three or more pages (each 1 or 2 more than the last,
 * far apart) between text lines.
 */
export function findPageNumberLines(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  const fractions = new Map<string, number[]>();
  const bare: { i: number; n: number }[] = [];
  lines.forEach((line, i) => {
    if (line.text.length > 60) return;
    const t = halfWidth(line.text).trim().replace(/\s+/gu, ' ');
    if (t === '' || t.length > 24) return;
    if (SELF_EVIDENT.some((re) => re.test(t))) found.add(i);
    const f = FRACTION.exec(t);
    if (f && Number(f[1]) <= Number(f[2]) && Number(f[1]) > 0) {
      const at = fractions.get(f[2]!) ?? [];
      at.push(i);
      fractions.set(f[2]!, at);
    }
    if (BARE.test(t) && betweenText(lines, i)) bare.push({ i, n: Number(t) });
  });
  for (const at of fractions.values()) if (at.length >= 2) for (const i of at) found.add(i);
  let run: typeof bare = [];
  const flush = () => {
    if (run.length >= 3) for (const b of run) found.add(b.i);
    run = [];
  };
  for (const b of bare) {
    const last = run[run.length - 1];
    const step = last ? b.n - last.n : 0;
    const apart =
      last && b.i - last.i >= MIN_LINES_APART && lines[b.i]!.start - lines[last.i]!.start >= MIN_CHARS_APART;
    if (last && !(apart && (step === 1 || step === 2))) flush();
    run.push(b);
  }
  flush();
  return found;
}

/** The nearest non-blank lines on both sides are text, not table rows (or the text ends). */
function betweenText(lines: readonly Line[], i: number): boolean {
  const near = (d: number) => {
    for (let j = i + d; j >= 0 && j < lines.length; j += d) if (!isBlank(lines[j]!.text)) return lines[j]!.text;
    return '';
  };
  const ok = (s: string) => s !== '' && !isTableRow(s) && !/^\s*\d{1,4}\s*$/u.test(s);
  const after = near(1);
  // the last page's number may close the text
  return ok(near(-1)) && (ok(after) || after === '');
}
