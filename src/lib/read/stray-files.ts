import { extname } from 'node:path';
import type { Issue } from '../types.ts';
import { fileIssue } from './file-issue.ts';
import type { ListedFile } from './list-files.ts';
import { planId } from './plan-id.ts';
import { READABLE_EXTENSIONS, READERS } from './readers.ts';

const META_EXTENSION = '.yaml';

/**
 * Files that are neither a plan text nor the metadata of one. A YAML without its text, or a text
 * in a format without a reader but with its YAML, is a plan the editor expects: an error. Other
 * files beside plans are warned about one by one; a folder holding no plan file at all (notes,
 * scores) is mentioned once.
 */
export function strayFiles(files: readonly ListedFile[], planStems: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const byFolder = new Map<string, ListedFile[]>();
  for (const file of files) {
    const folder = file.rel.includes('/') ? file.rel.slice(0, file.rel.lastIndexOf('/') + 1) : '';
    const list = byFolder.get(folder);
    if (list) list.push(file);
    else byFolder.set(folder, [file]);
  }
  const stems = new Set(files.filter((f) => extname(f.rel) === META_EXTENSION).map((f) => stem(f.rel)));
  const supported = READABLE_EXTENSIONS.join(', ');
  for (const [folder, inFolder] of byFolder) {
    const stray = inFolder.filter((f) => !isPlanFile(f.rel));
    if (!inFolder.some((f) => isPlanFile(f.rel) || extname(f.rel) === META_EXTENSION)) {
      issues.push(folderIssue(folder, stray.length));
      continue;
    }
    for (const file of stray) {
      const s = stem(file.rel);
      if (extname(file.rel) === META_EXTENSION) {
        if (planStems.has(s) || inFolder.some((f) => stem(f.rel) === s && f !== file)) continue;
        const expected = READABLE_EXTENSIONS.map((ext) => `${s.split('/').pop()}${ext}`).join(', ');
        const message = `${file.rel}: metadata without a plan file (expected one of ${expected} next to it)`;
        issues.push(fileIssue(planId(s), file.rel, 'source-missing', message));
      } else if (stems.has(s)) {
        const message = `${file.rel}: no reader for "${extname(file.rel)}" files (supported: ${supported}); convert it to one of these`;
        issues.push(fileIssue(planId(s), file.rel, 'format-unknown', message));
      } else {
        const message = `${file.rel}: not a plan (no reader for "${extname(file.rel)}" files, no ${s}.yaml); ignored`;
        issues.push(fileIssue(null, file.rel, 'not-a-plan', message, 'warning'));
      }
    }
  }
  return issues;
}

function isPlanFile(rel: string): boolean {
  return READERS.has(extname(rel).toLowerCase());
}

function stem(rel: string): string {
  return rel.slice(0, rel.length - extname(rel).length);
}

function folderIssue(folder: string, count: number): Issue {
  const name = folder === '' ? '(plans folder)' : folder;
  const message = `${name}: ${count} files, none a plan text (${READABLE_EXTENSIONS.join(', ')}) or its metadata; skipped`;
  return fileIssue(null, name, 'no-plans', message, 'warning');
}
