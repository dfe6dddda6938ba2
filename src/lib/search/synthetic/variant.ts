import { shortName } from './names.ts';
import { shuffle } from './random.ts';

export interface BasePlan {
  meta: Record<string, unknown> & { region: string; province: string | null; title: string | null };
  text: string;
  /** Offsets of the top-level headings (the extraction's depth-1 outline entries). */
  sections: number[];
}

// A number followed by a measure word is a figure worth varying; years, numbering and dates are not.
const FIGURE = /(\d+(?:\.\d+)?)(?=\s*(?:%|‰|张|人|名|岁|个|所|家|床|万|亿|元|户|次|天|小时|分钟|公里|平方米))/gu;

function perturb(text: string, random: () => number): string {
  return text.replace(FIGURE, (digits) => {
    const value = Number(digits);
    if (!Number.isFinite(value) || (value >= 1949 && value <= 2060 && !digits.includes('.'))) return digits;
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    const varied = value * (0.85 + random() * 0.3);
    return decimals === 0 ? String(Math.max(0, Math.round(varied))) : varied.toFixed(decimals);
  });
}

/** The base text with its top-level sections in a new order (the opening part stays first). */
function reorder(base: BasePlan, random: () => number): string {
  const cuts = base.sections.filter((s) => s > 0 && s < base.text.length).sort((a, b) => a - b);
  if (cuts.length < 2) return base.text;
  const head = base.text.slice(0, cuts[0]);
  const parts = cuts.map((start, i) => base.text.slice(start, cuts[i + 1] ?? base.text.length));
  const last = parts.pop()!;
  // The last section keeps its place: it often ends without a line break.
  return (
    head +
    shuffle(random, parts)
      .map((p) => (p.endsWith('\n') ? p : `${p}\n`))
      .join('') +
    last
  );
}

/** One synthetic plan: the base renamed to another region, its figures varied, its sections reordered. */
export function variant(
  base: BasePlan,
  region: string,
  province: string,
  random: () => number,
): { text: string; title: string } {
  const from = [base.meta.region, shortName(base.meta.region)];
  const to = [region, shortName(region)];
  const rename = (s: string) => {
    let out = s.split(from[0]!).join(to[0]!);
    if (from[1] !== from[0] && from[1]!.length >= 2) out = out.split(from[1]!).join(to[1]!);
    if (base.meta.province) out = out.split(base.meta.province).join(province);
    return out;
  };
  return { text: perturb(rename(reorder(base, random)), random), title: rename(base.meta.title ?? base.meta.region) };
}
