import { WINDOW } from './window.ts';

export const BOUNDARY = /[。；;，,：:、\n\r！？]/u;

/** Start of the clause that holds `at`: after the nearest clause mark before it, not before `floor`. */
export function clauseStart(text: string, at: number, floor: number, marks = BOUNDARY): number {
  const stop = Math.max(floor, at - WINDOW);
  for (let i = at - 1; i >= stop; i--) if (ends(text, i, marks)) return i + 1;
  return stop;
}

/** End of the clause that holds `at`; `marks` are the characters that end it. */
export function clauseEnd(text: string, at: number, ceiling: number, marks = BOUNDARY): number {
  const stop = Math.min(ceiling, at + WINDOW);
  for (let i = at; i < stop; i++) if (ends(text, i, marks)) return i;
  return stop;
}

/** Whether text[i] ends a clause: one of `marks`, or a half-width stop that is no decimal point. */
const ends = (text: string, i: number, marks: RegExp): boolean =>
  marks.test(text[i]!) || (text[i] === '.' && !(/\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '')));
