import { attr, kid, type Element } from './xml.ts';

/** One level of a numbering definition (w:lvl). */
export interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: Word's default is a tab, printed as a gap, not a character. */
  suffix: 'tab' | 'space' | 'nothing';
  legal: boolean;
  /** Restart after a level above this index is used (w:lvlRestart; default: the level above). */
  restartAfter: number | undefined;
  style: string | undefined;
}

/** Reads a w:lvl, with Word's defaults for what it leaves out. */
export function readLevel(lvl: Element): Level {
  const restart = attr(kid(lvl, 'w:lvlRestart'));
  const suffix = attr(kid(lvl, 'w:suff'));
  const legal = kid(lvl, 'w:isLgl');
  return {
    start: Number(attr(kid(lvl, 'w:start')) ?? 1),
    format: attr(kid(lvl, 'w:numFmt')) ?? 'decimal',
    text: attr(kid(lvl, 'w:lvlText')) ?? '',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: legal !== undefined && attr(legal) !== 'false' && attr(legal) !== '0',
    // w:lvlRestart counts levels from 1 and 0 means never restart
    restartAfter: restart === undefined ? undefined : Number(restart) === 0 ? -1 : Number(restart) - 1,
    style: attr(kid(lvl, 'w:pStyle')),
  };
}
