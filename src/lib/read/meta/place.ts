import type { Level } from '../../types.ts';
import type { MetaWords } from './words.ts';

const MAX_PLACE_CHARS = 10;
const MIN_PLACE_CHARS = 2;
/** 全市, 本县, 我区, 各州: a scope word, not a place's name. */
const NOT_A_PLACE = /^[全本我各该]/u;

/** Every level ending with its level, longest first; 市 is marked for the addressee test. */
function endings(words: MetaWords): Array<[string, Level | 'cityOrCounty']> {
  const s = words.levelSuffixes;
  const all: Array<[string, Level | 'cityOrCounty']> = [
    ...s.province.map((w): [string, Level] => [w, 'province']),
    ...s.city.map((w): [string, Level] => [w, 'city']),
    ...s.district.map((w): [string, Level] => [w, 'district']),
    ...s.county.map((w): [string, Level] => [w, 'county']),
    ...s.cityOrCounty.map((w): [string, 'cityOrCounty'] => [w, 'cityOrCounty']),
  ];
  return all.sort((a, b) => b[0].length - a[0].length);
}

/**
 * The place a name starts with ("云溪市人民政府办公室" → 云溪市, "武汉经开区卫生…" → 武汉经开区):
 * the shortest start that ends with a level's ending and is not followed by another ending
 * ("广州市": 广州 is followed by 市, so the place is 广州市). Null when none is found.
 */
export function placePrefix(text: string, words: MetaWords): string | null {
  const s = text.replace(/^中共/u, '');
  const all = endings(words);
  for (let i = MIN_PLACE_CHARS; i <= Math.min(s.length, MAX_PLACE_CHARS); i++) {
    const head = s.slice(0, i);
    if (NOT_A_PLACE.test(head)) return null;
    if (!all.some(([w]) => head.endsWith(w) && head.length > w.length)) continue;
    const next = s.slice(i);
    if (all.some(([w]) => next.startsWith(w))) continue;
    return head;
  }
  return null;
}

export function isProvinceLevel(place: string, words: MetaWords): boolean {
  return words.municipalities.includes(place) || words.levelSuffixes.province.some((w) => place.endsWith(w));
}

/** The level a region's name states; a 市 addressing 乡镇 is a county-level city. */
export function levelOf(region: string, text: string, words: MetaWords): Level | null {
  if (isProvinceLevel(region, words)) return 'province';
  const ending = endings(words).find(([w]) => region.endsWith(w));
  if (!ending) return null;
  if (ending[1] !== 'cityOrCounty') return ending[1];
  return words.countyAddressees.some((a) => text.includes(a)) ? 'county' : 'city';
}

/** Region and province a title or issuer names: "北京市朝阳区…" → 朝阳区 in 北京市. */
export function placesOf(name: string, words: MetaWords): { region: string | null; province: string | null } {
  const first = placePrefix(name, words);
  if (first === null) return { region: null, province: null };
  const second = isProvinceLevel(first, words)
    ? placePrefix(name.replace(/^中共/u, '').slice(first.length), words)
    : null;
  return second === null ? { region: first, province: null } : { region: second, province: first };
}

/** X省 with a two-character place, the common form; 全省, 本省 and the like are scopes. */
const TWO_CHAR_PROVINCE = /([\u4e00-\u9fff]{2})省/gu;
const SCOPE_CHAR = /[全本我各该外跨分省市县区]/u;
/** How far into the text a plan names the higher documents it follows (its preamble). */
const PREAMBLE_CHARS = 3000;

/** The province the preamble names most often ("《乙省…规划》", "乙省人民政府"); null on a tie or none. */
export function provinceCited(text: string, words: MetaWords): string | null {
  const preamble = text.slice(0, PREAMBLE_CHARS);
  const counts = new Map<string, number>();
  const add = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const m of preamble.matchAll(TWO_CHAR_PROVINCE)) if (!SCOPE_CHAR.test(m[1] ?? '')) add(`${m[1]}省`);
  for (const name of [...words.provinceNames, ...words.municipalities])
    for (let at = preamble.indexOf(name); at >= 0; at = preamble.indexOf(name, at + 1)) add(name);
  // 黑龙江省 also reads as 龙江省: a listed name absorbs the shorter one inside it
  for (const name of words.provinceNames) if (counts.has(name)) counts.delete(name.slice(name.length - 3));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}
