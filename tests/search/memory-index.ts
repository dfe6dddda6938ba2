import { join } from 'node:path';
import { loadLexicon } from '../../src/lib/lexicon/load.ts';
import { buildSearchIndex } from '../../src/lib/search/build/index.ts';
import { exportSearchInput } from '../../src/lib/search/build/export-input.ts';
import { SearchEngine } from '../../src/lib/search/client/engine.ts';
import { Loader } from '../../src/lib/search/client/loader.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The search index of an export built into memory, and the browser engine reading it from there. */
export function memoryIndex(dataDir: string, contentDir: string, lexiconDir = join(ROOT, 'content', 'lexicon')) {
  const files = new Map<string, Uint8Array>();
  buildSearchIndex(exportSearchInput(dataDir, contentDir, loadLexicon(lexiconDir)), (name, bytes) =>
    files.set(name, bytes),
  );
  const fetched: string[] = [];
  const loader = new Loader('mem:/', null, async (url) => {
    const name = url.slice('mem:/'.length).replace(/\?.*$/u, '');
    fetched.push(name);
    const bytes = files.get(name);
    return bytes ? new Response(bytes.slice().buffer) : new Response(null, { status: 404 });
  });
  const engine = new SearchEngine(loader);
  return { files, loader, engine, fetched, facts: () => engine.facts() };
}
