import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

/** Schema of content/lexicon/meta.yaml; every list may be left out, which switches its rule off. */
const metaWordsSchema = z.object({
  issuerSuffixes: words,
  citingWords: words,
  nationalIssuers: words,
  letterheadEndings: words,
  noticeOpeners: words,
  noticeClosers: words,
  boxLabels: z
    .object({
      title: words,
      issuer: words,
      written: words,
      published: words,
      docNumber: words,
      other: words,
    })
    .prefault({}),
  fileExtensions: words,
  kinds: words,
  titleQualifiers: words,
  levelSuffixes: z
    .object({ province: words, city: words, district: words, county: words, cityOrCounty: words })
    .prefault({}),
  countyAddressees: words,
  municipalities: words,
  provinceNames: words,
  fiveYearPlans: z.record(z.string(), z.tuple([z.int(), z.int()])).default({}),
});

export type MetaWords = z.output<typeof metaWordsSchema>;

export const DEFAULT_META_WORDS_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../content/lexicon/meta.yaml',
);

const byLengthDesc = (a: string, b: string) => b.length - a.length;

export function loadMetaWords(path = DEFAULT_META_WORDS_PATH): MetaWords {
  const parsed = metaWordsSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${path}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`);
  }
  const w = parsed.data;
  // the longest ending decides ("人民政府办公室" before "办公室", "自治县" before "县")
  for (const list of [w.issuerSuffixes, w.kinds, ...Object.values(w.levelSuffixes)]) list.sort(byLengthDesc);
  return w;
}

let cached: MetaWords | null = null;

/** The project's words, read once per process. */
export function defaultMetaWords(): MetaWords {
  return (cached ??= loadMetaWords());
}
