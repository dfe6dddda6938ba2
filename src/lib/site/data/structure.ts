import type { OutlineEntry, ParagraphEntry } from '../../types.ts';
import { guessOutline } from '../outline-guess.ts';
import { splitParagraphs } from '../paragraphs.ts';
import type { SiteData } from './site-data.ts';

export interface PlanStructure {
  paragraphs: ParagraphEntry[];
  outline: OutlineEntry[];
  /** True when the outline was guessed by the site rather than exported by the extraction. */
  guessed: boolean;
}

const strip = <T extends { plan: string }>({ plan: _plan, ...rest }: T): Omit<T, 'plan'> => rest;

/** The page must show the whole text, so exported paragraphs are used only when they leave no words out. */
function coversText(text: string, paragraphs: readonly ParagraphEntry[]): boolean {
  let at = 0;
  for (const p of [...paragraphs].sort((a, b) => a.start - b.start)) {
    if (text.slice(at, p.start).trim() !== '') return false;
    at = Math.max(at, p.end);
  }
  return paragraphs.length > 0 && text.slice(at).trim() === '';
}

export function planStructure(data: SiteData, planId: string, text: string): PlanStructure {
  const exportedParagraphs = data.paragraphs?.filter((p) => p.plan === planId).map(strip) ?? [];
  const paragraphs = coversText(text, exportedParagraphs) ? exportedParagraphs : splitParagraphs(text);
  const exportedOutline = data.outline?.filter((o) => o.plan === planId).map(strip) ?? [];
  if (exportedOutline.length > 0) return { paragraphs, outline: exportedOutline, guessed: false };
  return { paragraphs, outline: guessOutline(text, paragraphs), guessed: true };
}
