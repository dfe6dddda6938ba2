import { readdirSync, readlinkSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../types.ts';
import { fileIssue } from './file-issue.ts';

/** A regular file under the plans folder: `rel` uses "/" whatever the platform. */
export interface ListedFile {
  path: string;
  rel: string;
}

export interface Listing {
  files: ListedFile[];
  problems: Issue[];
}

/**
 * Every regular file under `dir`, subfolders included (a province's library is often kept by
 * city), in code-unit order of the path. A symbolic link to a file is followed; a dangling one,
 * a link to a folder (not followed, it could loop) and anything that is not a file are reported,
 * so nothing disappears without a word. Names starting with "." are hidden files and skipped.
 */
export function listFiles(dir: string): Listing {
  const listing: Listing = { files: [], problems: [] };
  walk(dir, '', listing);
  listing.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return listing;
}

function walk(dir: string, prefix: string, out: Listing): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    // The plans folder itself failing is the caller's to report; a subfolder is one problem among plans.
    if (prefix === '') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    out.problems.push(fileIssue(null, prefix, 'unreadable', `${prefix}: cannot list this folder (${reason})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = prefix + entry.name;
    const kind = entry.isSymbolicLink() ? linkKind(path) : direntKind(entry);
    if (kind === 'file') out.files.push({ path, rel });
    else if (kind === 'folder') walk(path, `${rel}/`, out);
    else out.problems.push(kindIssue(kind, path, rel));
  }
}

type Kind = 'file' | 'folder' | 'dangling' | 'linked-folder' | 'other';

function direntKind(entry: Dirent): Kind {
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
}

function linkKind(path: string): Kind {
  try {
    const target = statSync(path);
    return target.isFile() ? 'file' : target.isDirectory() ? 'linked-folder' : 'other';
  } catch {
    return 'dangling';
  }
}

function kindIssue(kind: Kind, path: string, rel: string): Issue {
  if (kind === 'dangling') {
    const code = 'symlink-dangling';
    return fileIssue(null, rel, code, `${rel}: symbolic link to ${target(path)}, which does not exist; not read`);
  }
  if (kind === 'linked-folder') {
    const message = `${rel}: symbolic link to the folder ${target(path)}; not followed (links may loop), move or copy the plans instead`;
    return fileIssue(null, rel, 'symlink-folder', message);
  }
  return fileIssue(null, rel, 'not-a-file', `${rel}: not a regular file (device, socket or pipe); not read`);
}

function target(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '(unknown)';
  }
}
