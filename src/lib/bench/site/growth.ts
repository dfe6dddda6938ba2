/**
 * The exponent k in cost ∝ size^k fitted through two measurements: 1 is linear, 2 quadratic.
 * Null when either figure is missing or not positive.
 */
export function growthExponent(sizeA: number, costA: number, sizeB: number, costB: number): number | null {
  if (!(sizeA > 0 && sizeB > 0 && costA > 0 && costB > 0) || sizeA === sizeB) return null;
  return Math.log(costB / costA) / Math.log(sizeB / sizeA);
}
