import type { Rules } from '../rules/types.ts';
import { headerRole } from './columns.ts';
import type { Cell } from './model.ts';

export interface Header {
  /** Header cells of the value columns, in order. */
  values: string[];
  hasCategory: boolean;
  hasAttribute: boolean;
  /** Number of header cells read. */
  length: number;
}

/** Reads header cells from the start of `cells`; null unless they name an indicator column and a value column. */
export function readHeader(cells: readonly Cell[], rules: Rules): Header | null {
  const values: string[] = [];
  let hasCategory = false;
  let hasAttribute = false;
  let hasName = false;
  let i = 0;
  for (; i < cells.length; i++) {
    const role = headerRole(cells[i]!.text, rules);
    if (role === null) break;
    if (role === 'value') values.push(cells[i]!.text.replace(/\s+/gu, ''));
    else if (role === 'category') hasCategory = true;
    else if (role === 'attribute') hasAttribute = true;
    else hasName = true;
  }
  if (!hasName || values.length === 0) return null;
  return { values, hasCategory, hasAttribute, length: i };
}
