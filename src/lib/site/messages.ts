import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteDirs } from './data/dirs.ts';

export type MessageTexts = Record<string, string>;

let loaded: MessageTexts | null = null;

/** content/lexicon/messages.yaml: the Chinese text of each message code, which officials may edit. */
export function messageTexts(lexiconDir = siteDirs().lexicon): MessageTexts {
  if (loaded) return loaded;
  const parsed = parse(readFileSync(join(lexiconDir, 'messages.yaml'), 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null) throw new Error('messages.yaml: expected code: text pairs');
  loaded = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  return loaded;
}

/** The plan's words an English message quotes: its first fragment in double quotes. */
export function quotedFragment(message: string): string | null {
  return (
    /"([^"]*)"|“([^”]*)”/u
      .exec(message)
      ?.slice(1)
      .find((s) => s !== undefined) ?? null
  );
}

/**
 * The Chinese text of a message: its code's text with the quoted fragment put in; a code the
 * YAML lacks gets a plain Chinese fallback, never the English detail.
 */
export function chineseMessage(code: string, message: string, texts: MessageTexts = messageTexts()): string {
  const template = texts[code] ?? texts[code.split(':')[0]!];
  if (!template) return '抽取说明（代码 ' + code + '）';
  const quote = quotedFragment(message);
  if (quote !== null) return template.replaceAll('{quote}', quote);
  // without the plan's words, a bracket or clause around the placeholder goes with it
  return template
    .replace(/（[^（）]*\{quote\}[^（）]*）/gu, '')
    .replace(/“?\{quote\}”?/gu, '')
    .replace(/：$/u, '');
}

/** A repair or warning string on a record ("repair-ge-digit: 225 read as ≥25") in Chinese. */
export function recordNote(note: string, texts?: MessageTexts): string {
  return chineseMessage(note.split(':')[0]!, note, texts);
}
