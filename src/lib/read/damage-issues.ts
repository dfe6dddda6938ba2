import { pointLocator } from '../extract/util/position.ts';
import type { Encoding, Issue } from '../types.ts';
import type { DamagedSpot } from './tolerant-decode.ts';

/**
 * One warning per run of bad bytes, at the U+FFFD that replaced it: the editor learns the byte
 * position to look at in the file and the line in the text, and the rest of the plan is read.
 */
export function damageIssues(
  plan: string,
  file: string,
  text: string,
  encoding: Encoding,
  damaged: readonly DamagedSpot[],
): Issue[] {
  const locate = pointLocator(text);
  return damaged.map((spot) => {
    const { line, column } = locate(spot.offset);
    const atEnd = spot.offset === text.length - 1;
    const why = atEnd ? 'the file ends in the middle of a character (cut short?)' : 'bytes that are no character';
    const bytes = spot.length === 1 ? 'the byte' : `${spot.length} bytes`;
    const verb = spot.length === 1 ? 'is' : 'are';
    return {
      plan,
      file,
      severity: 'warning',
      code: 'bad-bytes',
      message: `${file}: ${why}: ${bytes} at byte ${spot.byte} ${verb} not valid ${encoding}; read as U+FFFD at line ${line}, column ${column}`,
      start: spot.offset,
      end: spot.offset + 1,
      line,
      column,
    };
  });
}
