/** What a unit measures, coarsely: enough to tell a rate from a head count, not to convert. */
export type UnitKind = 'share' | 'count' | 'age' | 'duration' | 'money' | 'area';

// Unit words as plans print them in a name's trailing parenthetical. "%。" is how scans damage ‰;
// "#" stands in for characters the source lost (1/#).
const ATOM =
  '(?:%。|%|‰|‱|个百分点|百分点|岁|人次|人|张|个|名|家|所|项|种|次|辆|床|例|台|套|户|倍|亿元|万元|元|平方米|m2|米|小时|分钟|天|日|年|ddds|#)';
const AMOUNT = '[\\d.]*[十百千万亿]*';
const UNIT = new RegExp(`^${AMOUNT}${ATOM}?(?:/${AMOUNT}(?:${ATOM}|人口|千人|万人|万车)?)*$`, 'u');
const COUNT = /^(?:人次|人|张|个|名|家|所|项|种|次|辆|床|例|台|套|户)/u;
const PER_POPULATION = /^1?\/[\d.]*[十百千万]+(?:人口|人)?$/u;

function tidy(unit: string): string {
  return unit.normalize('NFKC').replace(/\s/gu, '').toLowerCase();
}

/** Whether a parenthetical's content is a unit ((%), (张/千人), (/10万), ()), not part of the name like (助理). */
export function isUnitText(text: string): boolean {
  const t = tidy(text);
  return !/^[\d.]+$/u.test(t) && UNIT.test(t);
}

/** Kind of a unit as written, or null when it says too little to compare (null, "#", "ddds"). */
export function unitKind(unit: string | null | undefined): UnitKind | null {
  if (!unit) return null;
  const u = tidy(unit);
  if (/[%‰‱]|百分点/u.test(u) || PER_POPULATION.test(u)) return 'share';
  if (u === '岁') return 'age';
  if (/^(?:天|日|小时|分钟|年|周|月)$/u.test(u)) return 'duration';
  if (u.includes('元')) return 'money';
  if (/平方米|m2/u.test(u)) return 'area';
  return COUNT.test(u) ? 'count' : null;
}

/** Two units can describe the same measure unless both are known and of different kinds. */
export function unitsAgree(a: string | null | undefined, b: string | null | undefined): boolean {
  const ka = unitKind(a);
  const kb = unitKind(b);
  return ka === null || kb === null || ka === kb;
}
