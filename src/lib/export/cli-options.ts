import { parseArgs } from 'node:util';
import { cacheDir } from './cache/cache-dir.ts';

export interface ExtractOptions {
  /** Directory the export files are written to. Required. */
  out: string;
  /** Directory of plan texts and their metadata YAML. Default `content/plans`. */
  plans: string;
  /** Directory of the lexicon YAML files. Default `content/lexicon`. */
  lexicon: string;
  /** Treat warnings as failures (exit code 1). Default false. */
  strict: boolean;
  /** Print errors only. Default false. */
  quiet: boolean;
  /** Folder of the extraction cache; absent: every plan is extracted anew. */
  cache?: string | undefined;
}

export const EXTRACT_USAGE =
  'usage: npm run extract -- --out DIR [--plans DIR (content/plans)] [--lexicon DIR (content/lexicon)] [--strict] [--quiet] [--cache DIR (OUT/.cache) | --no-cache]';

/** Thrown for a command line that cannot be run; the caller prints it with the usage line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseExtractArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ExtractOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        out: { type: 'string' },
        plans: { type: 'string', default: 'content/plans' },
        lexicon: { type: 'string', default: 'content/lexicon' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.out === undefined || values.out === '') throw new UsageError('--out DIR is required');
  if (values.cache !== undefined && values['no-cache'])
    throw new UsageError('--cache and --no-cache exclude each other');
  const { out, plans, lexicon, strict, quiet } = values;
  const cache = values['no-cache'] ? undefined : cacheDir(out, values.cache, env);
  return { out, plans, lexicon, strict, quiet, ...(cache !== undefined && { cache }) };
}
