import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const words = z.array(z.string().min(1));
const schema = z.object({
  metaLabels: words,
  chromePhrases: words,
  breadcrumbStarts: words,
  chromeNames: words,
});

export type PortalWords = z.infer<typeof schema>;

export const DEFAULT_PORTAL_WORDS_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../content/lexicon/portal.yaml',
);

let cached: PortalWords | undefined;

/** The words of portal page furniture (content/lexicon/portal.yaml), read once per process. */
export function portalWords(): PortalWords {
  if (cached) return cached;
  const parsed = schema.safeParse(parse(readFileSync(DEFAULT_PORTAL_WORDS_PATH, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${DEFAULT_PORTAL_WORDS_PATH}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'invalid'}`);
  }
  cached = parsed.data;
  return cached;
}
