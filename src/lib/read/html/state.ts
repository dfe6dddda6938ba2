import { DerivedText } from '../derived/builder.ts';
import { isChromeLine, isLinkLine, isMetaLine } from './chrome-lines.ts';
import type { PortalWords } from './portal-words.ts';
import { collapse } from './whitespace.ts';

/** What the walk over a page carries: the derived text, the open line and what was set apart. */
export interface State {
  out: DerivedText;
  words: PortalWords;
  /** Pieces of the line being read, with how much of each is link text. */
  pieces: { text: string; link: boolean }[];
  /** Heading level of the block being read, or 0 in a paragraph. */
  heading: number;
  /** Depth of `<a>` elements around the current node. */
  links: number;
  /** Depth of furniture elements around the current node: their lines are not the plan's. */
  chrome: number;
  /** Inside `<article>` or `<main>`: a `<header>` there is the article's, not the site's. */
  inArticle: boolean;
  setApart: Record<string, number>;
  metaLines: string[];
  /** Whether the last line read was part of the metadata box (a box counts once). */
  inMetaBox: boolean;
}

export function createState(words: PortalWords): State {
  return {
    out: new DerivedText(),
    words,
    pieces: [],
    heading: 0,
    links: 0,
    chrome: 0,
    inArticle: false,
    setApart: {},
    metaLines: [],
    inMetaBox: false,
  };
}

export function count(state: State, what: string, n = 1): void {
  state.setApart[what] = (state.setApart[what] ?? 0) + n;
}

/** Ends the open line: it becomes a block of the text, or is set apart as chrome or metadata. */
export function flush(state: State): void {
  const raw = state.pieces.map((p) => p.text).join('');
  const linkChars = state.pieces.filter((p) => p.link).reduce((n, p) => n + collapse(p.text).length, 0);
  state.pieces = [];
  const line = collapse(raw);
  if (line.replace(/[\s\u00a0\u3000]/g, '') === '') return;
  if (isMetaLine(line, state.words)) {
    if (!state.inMetaBox) count(state, 'meta-box');
    state.inMetaBox = true;
    state.metaLines.push(line);
    return;
  }
  state.inMetaBox = false;
  if (state.chrome > 0) return;
  if (state.heading === 0 && (isChromeLine(line, state.words) || isLinkLine(line, linkChars))) {
    count(state, 'chrome');
    return;
  }
  state.out.line(line, state.heading > 0 ? 'heading' : 'paragraph', state.heading || undefined);
}
