import type { PlanRecord } from '../../types.ts';
import { byChinese, groupBy } from '../group.ts';
import { provinceKey, provinceName } from '../shards/catalog.ts';

/** Rows one page of a long listing holds; past this a listing is split by province. */
export const PAGE_ROWS = 150;

/** One page of a listing: a province's rows (or a slice of them), or every row. */
export interface Part<T> {
  /** URL segment of the page under …/p/; empty for the listing's own page. */
  key: string;
  province: string | null;
  page: number;
  pages: number;
  rows: T[];
}

export interface ProvinceCount {
  name: string;
  key: string;
  rows: number;
  plans: number;
}

export interface Paged<T> {
  /** True when the listing is split; its own page then shows the provinces instead of rows. */
  split: boolean;
  parts: Part<T>[];
  provinces: ProvinceCount[];
}

/**
 * Keeps every page of a listing small however large the library grows: up to `limit` rows stay
 * on one page; more are split by province, and a province with more into numbered slices.
 */
export function pageByProvince<T>(rows: readonly T[], planOf: (row: T) => PlanRecord, limit = PAGE_ROWS): Paged<T> {
  const sorted = [...groupBy(rows, (row) => provinceName(planOf(row)))].sort(([a], [b]) => byChinese(a, b));
  const provinces = sorted.map(([name, list]) => ({
    name,
    key: provinceKey(name),
    rows: list.length,
    plans: new Set(list.map((row) => planOf(row).id)).size,
  }));
  if (rows.length <= limit)
    return { split: false, parts: [{ key: '', province: null, page: 1, pages: 1, rows: [...rows] }], provinces };
  const parts = sorted.flatMap(([name, list]) => {
    const pages = Math.ceil(list.length / limit);
    return Array.from({ length: pages }, (_, i) => ({
      key: provinceKey(name) + (i === 0 ? '' : `-${i + 1}`),
      province: name,
      page: i + 1,
      pages,
      rows: list.slice(i * limit, (i + 1) * limit),
    }));
  });
  return { split: true, parts, provinces };
}

/** "（湖北省，第 2/3 页）" after a page's title: which province, and which of its pages; empty for a whole listing. */
export function partLabel(part: Part<unknown> | undefined): string {
  if (!part?.province) return '';
  return `（${part.province}${part.pages > 1 ? `，第 ${part.page}/${part.pages} 页` : ''}）`;
}

/** The pages of one province, in order. */
export const partsOf = <T>(paged: Paged<T>, province: string) => paged.parts.filter((p) => p.province === province);
