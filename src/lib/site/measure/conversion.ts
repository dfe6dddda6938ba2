import { normalizeUnit } from './units.ts';

/**
 * Units that write the same rate in other signs: ‰, 1/1000, 每千 and 千分之 all count per
 * thousand, so a figure moves between them unchanged. Nothing is scaled (‰ to %, 每千 to 每万):
 * a plan that writes another scale may mean another measure, and the page keeps it apart.
 */
const SCALES: readonly [number, RegExp][] = [
  [100, /^(?:%|百分之|\/100|1\/100)$/u],
  [1000, /^(?:‰|千分之|\/1000|1\/1000|\/千|每千)$/u],
  [10000, /^(?:‱|万分之|\/10000|1\/10000|\/万|每万)$/u],
  [100000, /^(?:十万分之|\/100000|1\/100000|\/10万|\/十万|每10万|每十万)$/u],
];

/** A unit written one way and read as the yardstick's: the figure is the same, the sign differs. */
export interface Conversion {
  from: string;
  to: string;
}

/** How many units a rate counts per (100 for %), or null for a unit that is not such a rate. */
export function rateScale(unit: string | null): number | null {
  const plain = normalizeUnit(unit);
  if (plain === null) return null;
  return SCALES.find(([, re]) => re.test(plain))?.[0] ?? null;
}

/**
 * The notation change that makes `unit` read as `yardUnit`, when both write a rate of the same
 * scale in different signs; null when they are written alike or are not the same rate.
 */
export function exactConversion(unit: string | null, yardUnit: string | null): Conversion | null {
  const scale = rateScale(unit);
  if (scale === null || scale !== rateScale(yardUnit)) return null;
  const from = unit!.normalize('NFKC').trim();
  const to = yardUnit!.normalize('NFKC').trim();
  return from === to ? null : { from, to };
}

/** The words a page shows beside a converted figure. */
export function conversionNote(c: Conversion): string {
  return `原文单位“${c.from}”按“${c.to}”计（同一计量，数值未变）`;
}
