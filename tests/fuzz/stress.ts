import type { Base } from './bases.ts';

export interface NamedText {
  name: string;
  text: string;
  format: 'txt' | 'md';
}

const middle = (text: string, insert: string) => {
  const at = text.indexOf('。', Math.floor(text.length / 2));
  return text.slice(0, at + 1) + insert + text.slice(at + 1);
};

/**
 * Inputs known to be slow (issue 9, item 2): long runs of OCR letters and digits, a sentence with
 * thousands of targets, a text without line breaks. Only the long run tries these at full size.
 */
export function stressCases(bases: readonly Base[], scale = 1): NamedText[] {
  const base = bases.find((b) => b.name.startsWith('wuhan')) ?? bases[0]!;
  const all = bases.map((b) => b.text).join('\n');
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  return [
    { name: `${base.name} + ${n(2000)} × "IOO"`, text: middle(base.text, 'IOO'.repeat(n(2000))), format: 'txt' },
    { name: `${base.name} + ${n(5000)} digits`, text: middle(base.text, '7'.repeat(n(5000))), format: 'txt' },
    {
      name: `${base.name} + one sentence of ${n(8000)} × "90%"`,
      text: middle(base.text, `到2025年，${'达到90%，'.repeat(n(8000))}。`),
      format: 'txt',
    },
    { name: `all bases × ${n(4)}, no line breaks`, text: all.repeat(n(4)).replaceAll('\n', ''), format: 'txt' },
    { name: `all bases × ${n(4)}`, text: all.repeat(n(4)), format: 'txt' },
  ];
}
