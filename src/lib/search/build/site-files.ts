import { siteData } from '../../site/data/site-data.ts';
import { fileNames } from '../format.ts';
import { decodeHead } from '../head.ts';
import { buildSearchIndex } from './index.ts';
import { unpackSync } from './pack.ts';
import { siteSearchInput } from './site-input.ts';

let files: Map<string, Uint8Array> | null = null;

/** The index files of this build, made once and shared by every endpoint that writes one. */
export function searchFiles(): Map<string, Uint8Array> {
  if (files) return files;
  const out = new Map<string, Uint8Array>();
  buildSearchIndex(siteSearchInput(siteData()), (name, bytes) => out.set(name, bytes));
  files = out;
  return out;
}

/** Endpoint paths of the index files (all named `*.bin`), without that ending. */
export function searchFilePaths(): { params: { file: string } }[] {
  return [...searchFiles().keys()].map((n) => ({ params: { file: n.replace(/\.bin$/u, '') } }));
}

/**
 * The index version and the file a results page fetches before any query: the page names it in
 * its markup with the version, so it loads while the page's script does.
 */
export function searchHead(): { version: string; preload: string[] } {
  const { version } = decodeHead(unpackSync(searchFiles().get(fileNames.head)!));
  return { version, preload: [`${fileNames.head}?v=${version}`] };
}
