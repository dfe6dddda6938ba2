import { isoDay, withAccessDate } from './access-date.ts';
import { citationTail, withPermalinkOrigin } from './compose.ts';

/** What every record of a plan shares in its citation; `link` is the plan's, without a record. */
export interface CitationSource {
  reference: string;
  /** 《标题》（文号）, only for a plan that has a 文号. */
  document: string | null;
  link: string;
  /** The build date written into the reference as its access date. */
  accessed: string;
}

/** A record's address under a page of its plan (its text, its task page): as `paths.record`/`paths.task` give it. */
export const recordLink = (planLink: string, recordId: string) => `${planLink}#${encodeURIComponent(recordId)}`;

/**
 * The citation a reader pastes, from the two parts a page keeps apart: the record's own lines
 * (sentence and quote) and its plan's. Dated the day it is copied, its permalink a full address.
 */
export function fullCitation(
  head: string,
  source: CitationSource,
  record: string,
  today: Date,
  origin: string,
): string {
  const text = `${head}\n${citationTail({ ...source, link: recordLink(source.link, record) })}`;
  return withPermalinkOrigin(withAccessDate(text, source.accessed, isoDay(today)), origin);
}
