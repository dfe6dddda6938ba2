import { EXTRACT_USAGE, parseExtractArgs, UsageError, type ExtractOptions } from '../src/lib/export/cli-options.ts';
import { extractPool, poolSize } from '../src/lib/export/pool/extract-pool.ts';
import { runExtract } from '../src/lib/export/run-extract.ts';
import { extractPlan } from '../src/lib/extract/index.ts';
import { loadLexicon } from '../src/lib/lexicon/load.ts';

let options: ExtractOptions;
try {
  options = parseExtractArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`error: ${error.message}\n${EXTRACT_USAGE}`);
  process.exit(2);
}

// one plan per core; a single core extracts in this process
const size = poolSize();
const pool = size > 1 ? extractPool(size, options.lexicon) : null;
try {
  const run = await runExtract(options, { extractPlan: pool?.extractPlan ?? extractPlan, loadLexicon });
  process.exitCode = run.exitCode;
} finally {
  await pool?.close();
}
