import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

/**
 * Markup with every double-quoted attribute value removed. Inside a value "<script>" is inert
 * text, and a stray quote is escaped, so what remains is exactly what the parser sees as tags
 * and attributes: injected markup from plan text would survive this and be caught.
 */
export function withoutAttributeValues(html: string): string {
  return html.replace(/="[^"]*"/gu, '=""');
}

export function readHtml(file: string): string {
  return readFileSync(file, 'utf8');
}
