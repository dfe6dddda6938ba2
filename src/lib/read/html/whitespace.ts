import { joinsTight } from '../derived/join.ts';

/**
 * HTML whitespace as a browser lays it out: a run of spaces, tabs and line breaks is one space,
 * and a run with a line break between Chinese characters is nothing (the source's line wrap).
 * No-break and ideographic spaces (&nbsp;, U+3000) are characters of the text and kept.
 */
export function collapse(text: string): string {
  return text
    .replace(/[ \t\n\r\f]+/g, (run, at: number, all: string) =>
      /[\n\r]/.test(run) && joinsTight(all.slice(0, at), all.slice(at + run.length)) ? '' : ' ',
    )
    .replace(/^ | $/g, '');
}
