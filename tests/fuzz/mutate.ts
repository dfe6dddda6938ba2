import fc from 'fast-check';

/** One edit of a plan text; positions are fractions of the current length, so any base fits. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; payload: string; times: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'shuffle-lines'; at: number; count: number; seed: number }
  | { kind: 'ocr'; at: number; count: number }
  | { kind: 'line-endings'; to: string };

const HAN = '规划卫生健康医疗机构床位数人口每千达到以上以下不低于控制在左右年度目标任务牵头单位配合责任区市县局委';
const PUNCTUATION = '，。；：、（）()%‰≥≤—…·“”《》〔〕【】';
const OCR = 'lIO0o1';
/** Text that damaged plans really hold: page markers, redactions, table pipes, line endings. */
const FRAGMENTS = [
  '— 3 —',
  '\n— 12 —\n',
  '12、',
  '\n- 7 -\n',
  '（略）',
  '(略)',
  '略',
  '|',
  ' | ',
  '\n| 指标 | 2020年 | 2025年 | 属性 |\n|---|---|---|---|\n',
  '\t',
  '\r\n',
  '\r',
  '\n\n',
  '\u2028',
  '\u0085',
  '90%',
  'IOO',
  '7.5张',
  '（牵头单位：区卫健局；配合单位：区财政局）',
  '一、',
  '（一）',
  '1.',
  '第三章 ',
  '专栏1 ',
];

const char = (alphabet: string) => fc.constantFrom(...alphabet);
const frac = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

const payload = fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ unit: char(HAN), minLength: 1, maxLength: 20 }),
  fc.string({ unit: char(PUNCTUATION), minLength: 1, maxLength: 6 }),
  fc.string({ unit: char('0123456789.'), minLength: 1, maxLength: 8 }),
  fc.string({ unit: char(OCR), minLength: 1, maxLength: 6 }),
  fc.string({ unit: char(`${HAN}${PUNCTUATION}${OCR}0123456789|\t\n `), minLength: 1, maxLength: 30 }),
);

/** Mutations with payloads repeated at most `maxTimes` times (a long run raises it to find blow-ups). */
export function mutationArb(maxTimes: number): fc.Arbitrary<Mutation> {
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 400 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: frac,
      payload,
      times: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: maxTimes })),
    }),
    fc.record({ kind: fc.constant('truncate' as const), at: frac }),
    fc.record({ kind: fc.constant('swap-lines' as const), a: frac, b: frac }),
    fc.record({
      kind: fc.constant('shuffle-lines' as const),
      at: frac,
      count: fc.integer({ min: 2, max: 12 }),
      seed: fc.nat(),
    }),
    fc.record({ kind: fc.constant('ocr' as const), at: frac, count: fc.integer({ min: 1, max: 20 }) }),
    // Rarer: the whole file saved on Windows, an old Mac, or flattened into one line.
    fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r\n', '\r', '\u2028', '') }),
  );
}

const OCR_SWAP: Record<string, string> = { '0': 'O', '1': 'l', O: '0', l: '1', I: '1', '%': '%o' };

export function applyMutation(text: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * (text.length + 1));
  switch (m.kind) {
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'insert':
      return text.slice(0, pos(m.at)) + m.payload.repeat(m.times) + text.slice(pos(m.at));
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'ocr': {
      const start = pos(m.at);
      const swapped = [...text.slice(start, start + m.count)].map((c) => OCR_SWAP[c] ?? c).join('');
      return text.slice(0, start) + swapped + text.slice(start + m.count);
    }
    case 'line-endings':
      return text.replaceAll('\n', m.to);
    default:
      return applyLineMutation(text, m);
  }
}

function applyLineMutation(text: string, m: Extract<Mutation, { kind: 'swap-lines' | 'shuffle-lines' }>): string {
  const lines = text.split('\n');
  const line = (f: number) => Math.floor(f * lines.length);
  if (m.kind === 'swap-lines') {
    const [a, b] = [line(m.a), line(m.b)];
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  }
  const start = line(m.at);
  const part = lines.slice(start, start + m.count);
  let s = m.seed;
  for (let i = part.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [part[i], part[j]] = [part[j]!, part[i]!];
  }
  lines.splice(start, part.length, ...part);
  return lines.join('\n');
}

export function mutate(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}
