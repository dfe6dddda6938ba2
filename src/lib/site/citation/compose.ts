import { nestQuotes, plainQuote } from './verbatim.ts';

export interface CitationParts {
  sentence: string;
  quote: string;
  /** The quote is a table row: its cells are set apart rather than run together. */
  fromTable?: boolean;
  reference: string;
  /** 《标题》（文号）, only for a plan that has a 文号. */
  document: string | null;
  /** The record's permalink: a full address, or a path from the site root until the reader's page fills in the host. */
  link: string;
}

const LINK_LABEL = '链接：';

/** The lines that differ between a plan's records: the sentence and the verbatim quote. */
export function citationHead(parts: Pick<CitationParts, 'sentence' | 'quote' | 'fromTable'>): string {
  return [parts.sentence, `原文：“${nestQuotes(plainQuote(parts.quote, parts.fromTable ?? false))}”`].join('\n');
}

/**
 * The lines every record of a plan shares, then the record's permalink. A page with a hundred
 * records writes these once (CiteSource.astro) and adds them when a citation is copied.
 */
export function citationTail(parts: Pick<CitationParts, 'document' | 'reference' | 'link'>): string {
  return [
    ...(parts.document ? [`文件：${parts.document}`] : []),
    `参考文献：${parts.reference}`,
    `${LINK_LABEL}${parts.link}`,
  ].join('\n');
}

/** The lines a reader pastes into a draft: sentence, verbatim quote, the document, the reference entry, the permalink. */
export function citationText(parts: CitationParts): string {
  return `${citationHead(parts)}\n${citationTail(parts)}`;
}

/** A permalink written as a path becomes a full address on the page it is copied from. */
export function withPermalinkOrigin(text: string, origin: string): string {
  return text.replace(new RegExp(`^${LINK_LABEL}/`, 'mu'), `${LINK_LABEL}${origin}/`);
}
