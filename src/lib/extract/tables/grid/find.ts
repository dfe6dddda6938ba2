import type { Root } from 'mdast';
import type { Grid } from '../../../read/types.ts';
import type { Rules } from '../../rules/types.ts';
import type { TextView } from '../../view/text-view.ts';
import { readCellLineGrids } from './cell-lines.ts';
import { readFieldGrids } from './fields.ts';
import { readFlatGrids } from './flat.ts';
import { readMarkdownHtmlGrids } from './markdown-html.ts';
import { readMarkdownGrids } from './markdown.ts';
import { readPipeTextGrids } from './pipe-text.ts';
import { sourceGrids } from './source.ts';
import { readSpacedGrids } from './spaces.ts';
import { readTabGrids } from './tab.ts';

export interface GridInput {
  tree: Root;
  view: TextView;
  source: { text: string; format: string; grids: readonly Grid[] };
  /** View offset where trailing page chrome starts. */
  limit: number;
  rules: Rules;
}

/**
 * Every grid of a plan, in view offsets and text order. Readers are asked in order of trust (the
 * file's own tables, the Markdown parser's, then layouts of the text); where two read the same
 * place, the file's own table wins, then one read as an indicator table, then the first asked.
 */
export function findGrids({ tree, view, source, limit, rules }: GridInput, isIndicator: (g: Grid) => boolean): Grid[] {
  const text = view.text;
  const readers: (() => Grid[])[] = [
    () => sourceGrids(source.grids, view),
    () => (source.format === 'md' ? readMarkdownGrids(tree, view, source.text) : []),
    () => (source.format === 'md' ? readMarkdownHtmlGrids(tree, view) : []),
    () => readFieldGrids(text, limit, rules),
    () => (source.format === 'md' ? [] : readPipeTextGrids(text, limit)),
    () => readTabGrids(text, limit),
    () => readCellLineGrids(text, limit, rules),
    () => readSpacedGrids(text, limit, rules),
    () => readFlatGrids(text, limit, rules),
  ];
  const [own, ...layouts] = readers.map((read) => read().filter((g) => g.start < limit));
  // among layouts of the same text, one that reads as an indicator table beats one that does not
  const ranked = layouts.flat().map((g, order) => ({ g, order, rank: isIndicator(g) ? 0 : 1 }));
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const kept: Grid[] = [...own!];
  for (const { g } of ranked) if (!kept.some((k) => g.start < k.end && k.start < g.end)) kept.push(g);
  return kept.sort((a, b) => a.start - b.start);
}
