import type { Rules } from '../rules/types.ts';

// "国家卫生乡镇比 (略) 乡镇总数的30%": what follows a redaction is only the share's denominator
const DENOMINATOR = /(?:总数|总量|总人数|总额)[”"]?的?\s*$/u;

/** Where a redaction "(略)" in the words before a figure leaves the name to start. */
export interface RedactedStart {
  start: number;
  redacted: boolean;
  /**
   * Whether the words after the redaction are only a denominator ("…总数的30%"): the measured
   * thing is withheld, so the name keeps the words on both sides and is marked uncertain.
   */
  denominator: boolean;
}

/** A redaction starts a new name, unless all it leaves is the share's denominator. */
export function redactedStart(text: string, s: number, qStart: number, rules: Rules): RedactedStart {
  const lead = text.slice(s, qStart);
  const at = Math.max(...['(略)', '（略）', '(略）', '（略)'].map((m) => lead.lastIndexOf(m)));
  if (at < 0) return { start: s, redacted: false, denominator: false };
  const after = lead.slice(at + 3);
  const denominator =
    DENOMINATOR.test(after) &&
    !after.includes('占') &&
    !rules.nameTrailing.some((w) => w.length >= 2 && after.includes(w));
  return { start: denominator ? s : s + at + 3, redacted: true, denominator };
}
