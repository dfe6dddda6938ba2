export interface TextRun {
  text: string;
  redacted: boolean;
}

/** "(略)" as published portals print it, with half- or full-width brackets and stray spaces. */
export const REDACTION = /[(（]\s*略\s*[)）]/gu;

/** Cuts text into plain runs and redaction marks so the page can style what was withheld. */
export function splitRedactions(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(REDACTION)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), redacted: false });
    runs.push({ text: m[0], redacted: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), redacted: false });
  return runs;
}
