import { median } from '../bench/median.ts';
import { groupBy } from './group.ts';

/** The spread of one group's comparable targets: how many, and their least, middle and greatest values. */
export interface Spread {
  label: string;
  count: number;
  min: number;
  median: number;
  max: number;
  href?: string | undefined;
}

/** Groups values by a key and summarises each group; groups in the order given by `order`. */
export function spreads<T>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => number,
  order: (a: string, b: string) => number,
): Spread[] {
  return [...groupBy(items, key)]
    .sort(([a], [b]) => order(a, b))
    .map(([label, group]) => {
      const values = group.map(value);
      return {
        label,
        count: values.length,
        min: values.reduce((a, b) => Math.min(a, b)),
        median: median(values),
        max: values.reduce((a, b) => Math.max(a, b)),
      };
    });
}

export interface SpreadLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  /** Where a value falls on the shared axis. */
  x: (value: number) => number;
  axis: { min: number; max: number };
}

/** One shared axis for all rows, from the least to the greatest value shown, so rows compare at a glance. */
export function layoutSpreads(rows: readonly Spread[], width = 620, labelWidth = 140, rowHeight = 26): SpreadLayout {
  const min = rows.reduce((m, r) => Math.min(m, r.min), Infinity);
  const max = rows.reduce((m, r) => Math.max(m, r.max), -Infinity);
  const left = labelWidth + 10;
  const span = width - left - 170;
  const x = (v: number) => Math.round((left + (max === min ? span / 2 : ((v - min) / (max - min)) * span)) * 10) / 10;
  return { width, height: rows.length * rowHeight + 34, labelWidth, rowHeight, x, axis: { min, max } };
}
