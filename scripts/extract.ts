import { EXTRACT_USAGE, parseExtractArgs, UsageError, type ExtractOptions } from '../src/lib/export/cli-options.ts';
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

const run = await runExtract(options, { extractPlan, loadLexicon });
process.exitCode = run.exitCode;
