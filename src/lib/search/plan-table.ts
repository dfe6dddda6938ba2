import { ByteReader, ByteWriter } from './varint.ts';

/** What facets need of every plan, by plan number. Loaded with the manifest as the page opens. */
export interface PlanTable {
  /** Index into the manifest's provinces. */
  province: Uint16Array;
  /** Index into LEVELS, or 255 when unknown. */
  level: Uint8Array;
  start: Uint16Array;
  end: Uint16Array;
  /** First task id and first paragraph id of each plan (ids follow plan order within a kind). */
  firstTask: Int32Array;
  firstParagraph: Int32Array;
  /** Region names, for the region facet's labels. */
  region: string[];
  /** Each plan's period as an index into `periods` (start and end years), for counting. */
  period: Uint16Array;
  periods: [number, number][];
}

export interface PlanFacts {
  province: number;
  level: number;
  start: number;
  end: number;
  tasks: number;
  paragraphs: number;
  region: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One plan after another: province, level + 1 (0 unknown), start and end years, task and
 * paragraph counts; then all region names in one text, a line each (one decoding, not thousands).
 */
export function encodePlanTable(plans: readonly PlanFacts[]): Uint8Array {
  const out = new ByteWriter();
  out.varint(plans.length);
  for (const p of plans) {
    out.varint(p.province);
    out.varint(p.level + 1);
    out.varint(p.start);
    out.signed(p.end - p.start);
    out.varint(p.tasks);
    out.varint(p.paragraphs);
  }
  out.chunk(encoder.encode(plans.map((p) => p.region.replace(/\n/gu, ' ')).join('\n')));
  return out.bytes();
}

export function decodePlanTable(bytes: Uint8Array, firstTask: number, firstParagraph: number): PlanTable {
  const r = new ByteReader(bytes);
  const n = r.varint();
  const t: PlanTable = {
    province: new Uint16Array(n),
    level: new Uint8Array(n),
    start: new Uint16Array(n),
    end: new Uint16Array(n),
    firstTask: new Int32Array(n),
    firstParagraph: new Int32Array(n),
    region: [],
    period: new Uint16Array(n),
    periods: [],
  };
  const periodNo = new Map<number, number>();
  let task = firstTask;
  let paragraph = firstParagraph;
  for (let i = 0; i < n; i++) {
    t.province[i] = r.varint();
    t.level[i] = r.varint() - 1;
    t.start[i] = r.varint();
    t.end[i] = t.start[i]! + r.signed();
    t.firstTask[i] = task;
    task += r.varint();
    t.firstParagraph[i] = paragraph;
    paragraph += r.varint();
    const key = t.start[i]! * 10000 + t.end[i]!;
    let p = periodNo.get(key);
    if (p === undefined) periodNo.set(key, (p = t.periods.push([t.start[i]!, t.end[i]!]) - 1));
    t.period[i] = p;
  }
  if (n > 0) t.region = decoder.decode(r.chunk()).split('\n');
  return t;
}

/** The plan of a task or paragraph: the last plan whose first id is at or before it. */
export function planOf(firsts: Int32Array, id: number): number {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firsts[mid]! <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
