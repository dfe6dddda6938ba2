export interface CitationParts {
  sentence: string;
  quote: string;
  reference: string;
}

/** The three lines a reader pastes into a draft: sentence, verbatim quote, reference entry. */
export function citationText(parts: CitationParts): string {
  return [parts.sentence, `原文：“${parts.quote.trim()}”`, `参考文献：${parts.reference}`].join('\n');
}
