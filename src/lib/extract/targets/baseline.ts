import type { Quantity } from './quantity.ts';

/** A figure a sentence gives as the starting point of a target: "由2020年的78.5岁提高到79.5岁". */
export interface Baseline {
  value: number;
  year: number | null;
  /** Where "由/从" stands: the target's name ends there. */
  nameEnd: number;
}

const FROM = /(由|从)(?:(20\d\d)年(?:底|末)?的?)?$/u;
const TO = /^(?:提高|提升|增加|增长|上升|下降|降低|减少|缩短|降)(?:到|至)/u;

/** The baseline a quantity states, when it is the "from" of a "from … to …" phrase, else null. */
export function readBaseline(text: string, q: Quantity, floor: number): Baseline | null {
  if (!TO.test(text.slice(q.end, q.end + 4))) return null;
  const lead = text.slice(floor, q.start);
  const m = FROM.exec(lead);
  if (!m) return null;
  return { value: q.value, year: m[2] ? Number(m[2]) : null, nameEnd: floor + m.index };
}
