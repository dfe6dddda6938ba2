import type { Element } from 'hast';
import type { State } from '../state.ts';
import { anchor } from './anchor.ts';
import { br } from './br.ts';
import { chromeElement, hidden } from './chrome.ts';
import { head } from './head.ts';
import { heading } from './heading.ts';
import { table } from './table.ts';

export type Handler = (state: State, node: Element) => void;

/** Handlers by tag name; other elements are read through (inline) or as blocks (see walk.ts). */
export const handlers: Record<string, Handler> = {
  a: anchor,
  br,
  h1: heading,
  h2: heading,
  h3: heading,
  h4: heading,
  h5: heading,
  h6: heading,
  table,
  script: hidden('script'),
  noscript: hidden('script'),
  template: hidden('script'),
  style: hidden('style'),
  head,
  iframe: hidden('chrome'),
  object: hidden('chrome'),
  embed: hidden('chrome'),
  svg: hidden('chrome'),
  canvas: hidden('chrome'),
  select: hidden('chrome'),
  button: hidden('chrome'),
  input: hidden('chrome'),
  textarea: hidden('chrome'),
  nav: chromeElement,
  aside: chromeElement,
  footer: chromeElement,
  header: chromeElement,
  form: chromeElement,
  div: chromeElement,
  section: chromeElement,
  ul: chromeElement,
  p: chromeElement,
  span: chromeElement,
  td: chromeElement,
  article: chromeElement,
  main: chromeElement,
};
