import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanRecord, SourceFormat } from '../types.ts';
import { originalName, paths } from './paths.ts';

const FORMAT_NAMES: Record<SourceFormat, string> = {
  txt: '纯文本',
  md: 'Markdown 文本',
  html: '网页',
  docx: 'Word 文档',
  pdf: 'PDF 文件',
};

/** A byte count as people read file sizes ("856 字节", "48.2 KB", "1.3 MB"), 1 KB = 1024 bytes. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface OriginalFile {
  href: string;
  /** The name the download is saved under. */
  name: string;
  /** "Word 文档 .docx，48.2 KB" */
  label: string;
}

/** The plan's file as published, served by the site for download, with its format and size. */
export function originalFile(plan: PlanRecord, contentDir: string): OriginalFile {
  const name = originalName(plan);
  const ext = name.slice(plan.id.length);
  const size = fileSize(statSync(join(contentDir, plan.file)).size);
  return { href: paths.original(plan), name, label: `${FORMAT_NAMES[plan.format]}${ext ? ` ${ext}` : ''}，${size}` };
}
