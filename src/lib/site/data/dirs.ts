import { resolve } from 'node:path';

export interface SiteDirs {
  /** The extraction export (plans.json, indicators.json, …). */
  data: string;
  /** Plan texts and their YAML metadata. */
  content: string;
  /** Lexicon YAML. */
  lexicon: string;
}

/** Tests and previews point the build at other inputs through the environment. */
export function siteDirs(env: NodeJS.ProcessEnv = process.env): SiteDirs {
  return {
    data: resolve(env['PLANATLAS_DATA'] || 'data'),
    content: resolve(env['PLANATLAS_CONTENT'] || 'content/plans'),
    lexicon: resolve(env['PLANATLAS_LEXICON'] || 'content/lexicon'),
  };
}
