import type { Element } from 'hast';
import { hasChromeName } from '../chrome-lines.ts';
import { count, type State } from '../state.ts';
import { readThrough } from '../walk.ts';
import { proseLength } from './prose.ts';

/** Tags that are page furniture wherever they stand (a `<header>` only outside the article). */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'form', 'header']);

/**
 * Above this much prose an element is the page's content whatever its markup says: ASP.NET
 * portals wrap the whole page in a `<form>`, and a class such as "main-nav-content" happens.
 */
const CONTENT_PROSE = 300;

/** Elements never read: scripts, styles, embedded objects and form controls, counted by kind. */
export function hidden(kind: string) {
  return (state: State): void => count(state, kind);
}

/** Any element that may be furniture: read in furniture mode if it is, through if it is not. */
export function chromeElement(state: State, node: Element): void {
  if (isHidden(node)) {
    count(state, 'hidden');
    return;
  }
  const article = node.tagName === 'article' || node.tagName === 'main';
  if (isFurniture(state, node) && proseLength(node) < CONTENT_PROSE) {
    if (state.chrome === 0) count(state, 'chrome');
    state.chrome++;
    readThrough(state, node);
    state.chrome--;
    return;
  }
  const outer = state.inArticle;
  state.inArticle ||= article;
  readThrough(state, node);
  state.inArticle = outer;
}

function isFurniture(state: State, node: Element): boolean {
  if (FURNITURE.has(node.tagName) && !(node.tagName === 'header' && state.inArticle)) return true;
  const names = [node.properties['className'], node.properties['id']].flat().filter((n) => typeof n === 'string');
  return hasChromeName(names, state.words);
}

function isHidden(node: Element): boolean {
  const style = node.properties['style'];
  return node.properties['hidden'] === true || (typeof style === 'string' && /display\s*:\s*none/i.test(style));
}
