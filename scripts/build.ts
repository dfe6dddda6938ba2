// Extracts the plans into the export and builds the site from it, both from the directories
// the PLANATLAS_* variables name (the defaults otherwise), so a corpus kept elsewhere builds
// with the same command.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../src/lib/export/cache/cache-dir.ts';
import { runExtract } from '../src/lib/export/run-extract.ts';
import { extractPlan } from '../src/lib/extract/index.ts';
import { loadLexicon } from '../src/lib/lexicon/load.ts';
import { siteDirs } from '../src/lib/site/data/dirs.ts';

const dirs = siteDirs();
const extraction = await runExtract(
  {
    out: dirs.data,
    plans: dirs.content,
    lexicon: dirs.lexicon,
    strict: false,
    quiet: true,
    // only changed or new plans are extracted again (PLANATLAS_CACHE=off extracts all)
    cache: cacheDir(dirs.data, undefined, process.env),
  },
  { extractPlan, loadLexicon },
);
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const site = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (site.error) throw site.error;
// the site is built from the plans that could be read; a plan that could not still fails the command
process.exitCode = site.status || extraction.exitCode;
