const LETTERS: Record<string, string> = { I: '1', l: '1', O: '0', o: '0' };
const FULL_WIDTH = /[０-９．]/gu;
const LETTER = /[IlOo]/gu;

/**
 * Reads a number that OCR or a conversion damaged: letters for digits ("l5.2", "1O0") and
 * full-width digits ("７.5"). The caller decides that the context is numeric; every change is
 * returned as a repair so that nothing is read silently. NaN when no number is left.
 */
export function readDamagedNumber(raw: string): { value: number; repairs: string[] } {
  const repairs: string[] = [];
  let t = raw;
  if (/[０-９．]/u.test(t)) {
    t = t.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    repairs.push(`repair-fullwidth-digit: "${raw}" read as ${t}`);
  }
  if (/[IlOo]/u.test(t)) {
    const fixed = t.replace(LETTER, (c) => LETTERS[c]!);
    repairs.push(`repair-ocr-digit: "${raw}" read as ${fixed}`);
    t = fixed;
  }
  return { value: /^\d+(?:\.\d+)?$/u.test(t) ? Number(t) : NaN, repairs };
}

/**
 * Whether a run of digit-like characters may be read as a number: at most 15 characters, and
 * some real digit or two letters before a measure word.
 */
export function looksNumeric(run: string, unitFollows: boolean): boolean {
  // a figure of a plan has a few digits; a long run is residue, whatever it is made of
  if (run.length > 15) return false;
  if (/^[\d.]+$/u.test(run)) return true;
  const digits = (run.match(/[\d０-９]/gu) ?? []).length;
  return digits > 0 || (unitFollows && run.replace(/[.．]/gu, '').length >= 2);
}
