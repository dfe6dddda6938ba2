import type { MetaWords } from './words.ts';

export type BoxField = 'title' | 'issuer' | 'written' | 'published' | 'docNumber';
export type Box = Partial<Record<BoxField, string>>;

const FIELDS: readonly BoxField[] = ['title', 'issuer', 'written', 'published', 'docNumber'];

interface Label {
  field: BoxField | null;
  pattern: string;
}

/** "标 题" (often an ideographic space): a label may be printed with spaces between its characters. */
function spaced(label: string): string {
  return [...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\u3000]*');
}

function labelsOf(words: MetaWords): Label[] {
  const labels: Label[] = [
    ...FIELDS.flatMap((field) => words.boxLabels[field].map((w) => ({ field, pattern: spaced(w) }))),
    ...words.boxLabels.other.map((w) => ({ field: null, pattern: spaced(w) })),
  ];
  // the longest label first, so "发布日期" is not read as "发布" + a value
  return labels.sort((a, b) => b.pattern.length - a.pattern.length);
}

/**
 * The fields of a portal's metadata box, in either layout: "发布机构：X  成文日期：Y" (several
 * pairs on a line) or a label alone on its line with the value on the next line. An empty
 * field ("文号" followed by the next label) stays absent; the first value of a field wins.
 */
export function readBox(lines: readonly string[], words: MetaWords): Box {
  const labels = labelsOf(words);
  const any = labels.map((l) => l.pattern).join('|');
  if (any === '') return {};
  const pair = new RegExp(
    `(${any})[\\s\\u3000]*[:：][\\s\\u3000]*(.*?)(?=[\\s\\u3000]*(?:${any})[\\s\\u3000]*[:：]|$)`,
    'gu',
  );
  const pairAt = new RegExp(pair.source, 'u');
  const alone = new RegExp(`^(?:${any})$`, 'u');
  const fieldOf = (label: string) => labels.find((l) => new RegExp(`^${l.pattern}$`, 'u').test(label))?.field ?? null;
  const box: Box = {};
  const put = (label: string, value: string) => {
    const field = fieldOf(label);
    const v = value.trim();
    if (field !== null && v !== '' && box[field] === undefined) box[field] = v;
  };
  lines.forEach((line, i) => {
    if (alone.test(line)) {
      const next = lines[i + 1];
      if (next !== undefined && !alone.test(next) && !pairAt.test(next)) put(line, next);
      return;
    }
    for (const m of line.matchAll(pair)) {
      // a label starts the line or follows a gap; "指标名称：" inside a sentence is no label
      if (m.index === 0 || /^[\s\u3000]/u.test(line.slice(m.index - 1))) put(m[1] ?? '', m[2] ?? '');
    }
  });
  return box;
}
