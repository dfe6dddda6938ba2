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

/** "225 read as ≥25", 'unit "%。" read as ‰': what a repair read and what it read it as. */
const READ_AS = /(?:^|:\s*)(?:unit\s+)?"?([^"\s:][^":]*?)"?\s+read as\s+"?([^"]+?)"?\s*$/u;

export function readAs(message: string): { from: string; to: string } | null {
  const m = READ_AS.exec(message);
  return m ? { from: m[1]!, to: m[2]! } : null;
}

/** A placeholder the message has no words for goes, with the bracket or clause around it. */
function withoutPlaceholder(template: string, name: string): string {
  return template
    .replace(new RegExp(`（[^（）]*\\{${name}\\}[^（）]*）`, 'gu'), '')
    .replace(new RegExp(`“?\\{${name}\\}”?`, 'gu'), '')
    .replace(/：$/u, '');
}

/**
 * The Chinese text of a message: its code's text with the quoted fragment ({quote}) and what a
 * repair read ({from}) and read it as ({to}) put in; a code the YAML lacks gets a plain
 * Chinese fallback, never the English detail.
 */
export function chineseMessage(code: string, message: string, texts: MessageTexts = messageTexts()): string {
  const template = texts[code] ?? texts[code.split(':')[0]!];
  if (!template) return '抽取说明（代码 ' + code + '）';
  const read = readAs(message);
  const words: Record<string, string | null> = {
    quote: quotedFragment(message),
    from: read?.from ?? null,
    to: read?.to ?? null,
  };
  let text = template;
  for (const [name, value] of Object.entries(words))
    text = value === null ? withoutPlaceholder(text, name) : text.replaceAll(`{${name}}`, value);
  return text;
}

/** A repair or warning string on a record ("repair-ge-digit: 225 read as ≥25") in Chinese. */
export function recordNote(note: string, texts?: MessageTexts): string {
  return chineseMessage(note.split(':')[0]!, note, texts);
}
