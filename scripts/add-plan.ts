import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isInputError } from '../src/lib/read/input-error.ts';
import { addPlan, AddPlanError } from '../src/lib/read/meta/add-plan.ts';

const USAGE = 'usage: npm run add-plan -- FILE [--id SLUG] [--plans DIR]';
const DEFAULT_PLANS = join(dirname(fileURLToPath(import.meta.url)), '../content/plans');

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { id: { type: 'string' }, plans: { type: 'string' } } });
} catch (error) {
  console.error(`error: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const [file, ...extra] = args.positionals;
if (file === undefined || extra.length > 0) {
  console.error(`error: give exactly one plan file\n${USAGE}`);
  process.exit(2);
}

try {
  const result = addPlan(file, args.values.plans ?? DEFAULT_PLANS, args.values.id);
  console.log(`copied ${file} → ${result.planPath}`);
  console.log(`wrote ${result.yamlPath}: check every field against the document`);
  console.log(`  filled from the text: ${result.filled.join(', ') || '(nothing)'}`);
  console.log(`  not found, fill in by hand: ${result.missing.join(', ') || '(nothing)'}`);
  if (result.id.startsWith('plan-') && args.values.id === undefined)
    console.log(`  the id ${result.id} comes from the file's bytes; rename with --id for a readable address`);
} catch (error) {
  if (!(error instanceof AddPlanError) && !isInputError(error)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
