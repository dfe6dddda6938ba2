import { InputError } from '../input-error.ts';
import { attr, descendants, parseXml, type Element } from './xml.ts';
import type { Root } from 'xast';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

/** The parts of a Word package the reader uses, found through its relationships. */
export interface WordPackage {
  document: Root;
  styles: Root | null;
  numbering: Root | null;
  /** Header, footer, footnote, endnote and comment parts, by kind; never part of the text. */
  apart: { kind: string; root: Root }[];
  core: Root | null;
}

const APART_KINDS = ['header', 'footer', 'footnotes', 'endnotes', 'comments'];

export function openPackage(parts: ReadonlyMap<string, Uint8Array>, file: string): WordPackage {
  const text = (path: string): string | null => {
    const bytes = parts.get(path);
    return bytes ? new TextDecoder('utf-8').decode(bytes) : null;
  };
  const xml = (path: string | undefined): Root | null => {
    const source = path === undefined ? null : text(path);
    return source === null ? null : parseXml(source);
  };
  const main =
    relationships(xml('_rels/.rels')).find((r) => r.type === 'officeDocument')?.target ?? 'word/document.xml';
  const document = xml(main);
  if (!document) {
    const what = parts.has(main) ? 'is not well-formed XML' : 'is missing';
    throw new InputError(
      file,
      'damaged',
      `${file}: the document part ${main} ${what}; open the file in Word and save it again as .docx`,
    );
  }
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = relationships(xml(`${folder}_rels/${main.slice(folder.length)}.rels`)).map((r) => ({
    ...r,
    target: r.target.startsWith('/') ? r.target.slice(1) : folder + r.target,
  }));
  const byType = (type: string): string | undefined => rels.find((r) => r.type === type)?.target;
  const apart = rels
    .filter((r) => APART_KINDS.includes(r.type))
    .flatMap((r) => {
      const root = xml(r.target);
      return root ? [{ kind: r.type, root }] : [];
    });
  return {
    document,
    styles: xml(byType('styles') ?? `${folder}styles.xml`),
    numbering: xml(byType('numbering') ?? `${folder}numbering.xml`),
    apart,
    core: xml('docProps/core.xml'),
  };
}

function relationships(root: Root | null): { type: string; target: string }[] {
  if (!root) return [];
  return descendants(root, 'Relationship').flatMap((r: Element) => {
    const type = attr(r, 'Type') ?? '';
    const target = attr(r, 'Target');
    if (!target || attr(r, 'TargetMode') === 'External') return [];
    return [{ type: type.startsWith(REL) ? type.slice(REL.length) : type.slice(type.lastIndexOf('/') + 1), target }];
  });
}
