import type { Cell, Row } from './model.ts';

const ATTRIBUTE = /^(?:预期性|约束性)$/u;

export const cellText = (c: Cell): string => c.text.replace(/[\s\u00a0\u2002\u3000]/gu, '');

/** Category cell text without its "(5个)" row count. */
export const categoryText = (c: Cell): string => cellText(c).replace(/[(（]\d+个[)）]$/u, '');

/**
 * Groups a stream of cells into rows. With an attribute column every row ends at its 预期性/约束性
 * cell; a row one cell short omits the category, which the rows above carry down (a merged
 * cell). Without an attribute column a row is a name followed by one cell per value column.
 */
export function groupRows(
  cells: readonly Cell[],
  valueCount: number,
  hasCategory: boolean,
  hasAttribute: boolean,
): { rows: Row[]; stray: Cell[] } {
  const rows: Row[] = [];
  const stray: Cell[] = [];
  let category: string | null = null;
  const emit = (group: Cell[], attribute: Cell | null) => {
    const withCategory = hasCategory && group.length >= valueCount + 2;
    if (withCategory) category = categoryText(group[0]!);
    const rest = withCategory ? group.slice(group.length - valueCount - 1) : group;
    if (withCategory && group.length > valueCount + 2) stray.push(...group.slice(1, group.length - valueCount - 1));
    if (rest.length < 2) {
      stray.push(...group);
      return;
    }
    const name = rest[0]!;
    const values = rest.slice(1, 1 + valueCount);
    while (values.length < valueCount) values.push(null as unknown as Cell);
    rows.push({ category, name, values: values.map((v) => v ?? null), attribute });
  };
  if (hasAttribute) {
    let group: Cell[] = [];
    for (const c of cells) {
      if (ATTRIBUTE.test(cellText(c))) {
        emit(group, c);
        group = [];
      } else {
        group.push(c);
      }
    }
    stray.push(...group);
  } else {
    for (let i = 0; i + valueCount < cells.length; i += valueCount + 1) emit(cells.slice(i, i + valueCount + 1), null);
  }
  return { rows, stray };
}
