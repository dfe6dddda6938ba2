import type { ParagraphEntry } from '../types.ts';

/** Lines longer than this (text whose line breaks were lost) are cut after a sentence end. */
const LONG_LINE = 600;
const SEGMENT = 300;
const SENTENCE_END = /[。！？；]/u;

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const pattern = /[^\r\n]+/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].trim() !== '') spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function cutLong(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  if (span.end - span.start <= LONG_LINE) return [span];
  const parts: { start: number; end: number }[] = [];
  let start = span.start;
  for (let i = start + SEGMENT; i < span.end; i++) {
    if (SENTENCE_END.test(text[i]!) && span.end - (i + 1) > SEGMENT / 2) {
      parts.push({ start, end: i + 1 });
      start = i + 1;
      i = start + SEGMENT - 1;
    }
  }
  parts.push({ start, end: span.end });
  return parts;
}

/**
 * Paragraphs for texts the extraction gave none for: one per non-blank line, long lines cut at
 * sentence ends. Anchors count from the top, so they stay put while the text is unchanged.
 */
export function splitParagraphs(text: string): ParagraphEntry[] {
  return lineSpans(text)
    .flatMap((span) => cutLong(text, span))
    .map((span, i) => ({ ...span, anchor: `p${i + 1}`, kind: 'text' as const }));
}

/** The paragraph that holds an offset (or the first one after it, for offsets in blank gaps). */
export function paragraphAt(paragraphs: readonly ParagraphEntry[], offset: number): ParagraphEntry | undefined {
  return paragraphs.find((p) => offset < p.end);
}
