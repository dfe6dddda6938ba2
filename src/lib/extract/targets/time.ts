import type { Rules } from '../rules/types.ts';
import { esc } from './quantity-words.ts';
import { lastBefore, type Phrase } from './sorted.ts';
import { stagePhrases } from './stage-years.ts';

/** The year a target is for, and whether the plan sets it for every year (每年…). */
export interface TargetTime {
  year: number;
  yearly: boolean;
  /** Whether the year comes from a phrase of the text rather than the plan's end by default. */
  stated: boolean;
  /** Another year the sentence names after the target, when the end year was taken by default. */
  other?: number;
}

/**
 * Reads the year of each target from the time phrases of its own sentence: the last one before
 * it wins ("到2025年", "2025年底前", "2024年6月底前", "3年内", "到期末" …), base years aside
 * ("比2016年", "由2020年的"); a recurring phrase in the target's own clause (每年) keeps the
 * plan's end year and says so. A sentence with no phrase of its own takes the year of a stage
 * declared earlier in its item ("2024年为启动实施年。……"), else the plan's end year.
 */
export function timeReader(
  text: string,
  period: [number, number],
  rules: Rules,
): (sentence: { start: number; end: number }, clauseStart: number, at: number) => TargetTime {
  // “十四五”末 is also written "十四五"末 or 十四五末
  const ends = rules.periodEndWords.map((w) => esc(w).replace(/[“”"]/gu, '["“”]?')).join('|') || '(?!)';
  const every = rules.yearlyWords.map(esc).join('|') || '(?!)';
  const re = new RegExp(
    `(?<base>比|较|以|与|自|从|由)?(?<y>20\\d\\d)年(?<since>以来)?|(?:\\d{1,2}|[一二两三四五六七八九十])年内|(?<every>${every})|${ends}`,
    'gu',
  );
  const stages = stagePhrases(text, period);
  let cached = { start: -1, phrases: [] as Phrase[] };
  const phrasesOf = (s: { start: number; end: number }): Phrase[] => {
    if (cached.start === s.start) return cached.phrases;
    const phrases: Phrase[] = [];
    re.lastIndex = s.start;
    for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
      const g = m.groups!;
      if (g.every) phrases.push({ at: m.index, year: null });
      else if (!g.y) phrases.push({ at: m.index, year: fiveYearEnd(m[0]) ?? period[1] });
      else if (!g.base && !g.since && inPlan(Number(g.y), period)) phrases.push({ at: m.index, year: Number(g.y) });
    }
    cached = { start: s.start, phrases };
    return phrases;
  };
  return (sentence, clauseStart, at) => {
    const phrases = phrasesOf(sentence);
    // phrases are few per sentence in any real plan, but a run of thousands must stay cheap
    const k = lastBefore(phrases, at);
    let year: number | null = null;
    let yearly = false;
    for (let i = k; i >= 0 && i > k - 64; i--) {
      const p = phrases[i]!;
      if (p.year === null) {
        if (p.at >= clauseStart && year === null) yearly = true;
        continue;
      }
      year = p.year;
      break;
    }
    if (yearly) return { year: period[1], yearly, stated: true };
    if (year !== null) return { year, yearly, stated: true };
    // "县域内就诊率达到90%以上（2025年）": a year after the figure in its own clause dates it
    const next = phrases[k + 1];
    if (next?.year && !/[，,；;。]/u.test(text.slice(at, next.at))) return { year: next.year, yearly, stated: true };
    const stage = stages[lastBefore(stages, at)];
    if (stage && at < stage.end) return { year: stage.year!, yearly, stated: true };
    const other = next?.year && next.year !== period[1] ? next.year : null;
    return { year: period[1], yearly, stated: false, ...(other ? { other } : {}) };
  };
}

const FIVE_YEAR: Record<string, number> = { 十四五: 2025, 十五五: 2030, 十六五: 2035 };
const fiveYearEnd = (phrase: string): number | undefined => FIVE_YEAR[/十[四五六]五/u.exec(phrase)?.[0] ?? ''];

const inPlan = (y: number, period: [number, number]) => y >= period[0] && y <= period[1] + 10;
