import type { Rules } from '../rules/types.ts';
import type { Span } from '../../types.ts';
import { findChrome } from './chrome.ts';
import { findFurniture } from './furniture.ts';
import { findLetterSpacing } from './letter-spacing.ts';
import { findLineWraps } from './line-wraps.ts';
import { normalizeLineEndings } from './line-endings.ts';
import { findPageMarkers } from './page-markers.ts';
import { findSymbols } from './symbols.ts';
import { editView, toSource, type TextView } from './text-view.ts';
import type { CutKind, ViewCut } from './view-cut.ts';

/** A cut as the report shows it: source span, kind, whether a split sentence joined again. */
export interface SetApart extends Span {
  kind: CutKind;
  joined: boolean;
  count: number;
}

export interface BuiltView {
  view: TextView;
  setApart: SetApart[];
  /** How many line breaks other than "\n" were read as "\n". */
  lineEndings: number;
}

/**
 * The reading view, built in passes that each see the text the previous ones left: line breaks
 * unified, then page furniture, account chrome and symbols, letter spacing, and last the line
 * wraps of print (which need the page breaks and spacing gone to see the printed measure).
 * Every pass is linear in the text.
 */
export function buildView(source: string, rules: Rules, markdown: boolean): BuiltView {
  const { view: base, count } = normalizeLineEndings(source);
  const passes: ((text: string) => ViewCut[])[] = [
    (t) => findPageMarkers(t).map((c) => ({ ...c, kind: 'page-marker' as const, joined: false, count: 1 })),
    (t) => findFurniture(t, rules),
    (t) => findChrome(t, rules),
    (t) => findSymbols(t, rules, markdown),
    (t) => findLetterSpacing(t),
    (t) => findLineWraps(t),
  ];
  let view = base;
  const setApart: SetApart[] = [];
  for (const pass of passes) {
    const cuts = pass(view.text);
    if (cuts.length === 0) continue;
    for (const c of cuts)
      if (c.count) setApart.push({ ...sourceSpan(view, c), kind: c.kind, joined: c.joined ?? false, count: c.count });
    view = editView(view, cuts);
  }
  setApart.sort((a, b) => a.start - b.start || a.end - b.end);
  return { view, setApart, lineEndings: count };
}

/** Source span of a cut; a letter-spaced line is reported as the whole line it respaced. */
function sourceSpan(view: TextView, c: ViewCut): Span {
  if (c.kind !== 'letter-spacing') return toSource(view, c.start, c.end);
  const from = view.text.lastIndexOf('\n', c.start) + 1;
  return toSource(view, from, c.end);
}
