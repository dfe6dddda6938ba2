import type { Root } from 'xast';
import { readLevel, type Level } from './level.ts';
import { formatNumber } from './number-format.ts';
import { attr, descendants, kid, kids } from './xml.ts';

interface Instance {
  abstractId: string;
  /** Levels a w:num overrides (w:lvlOverride: a start or a whole level). */
  overrides: Map<number, Partial<Level>>;
}

/**
 * Word's automatic numbering (numbering.xml): the labels "一、", "（一）", "1." printed before
 * numbered paragraphs, counted per list as Word counts them. Lists sharing an abstract
 * definition continue one another unless a w:num restarts them with a start override.
 */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, number[]>();

  constructor(root: Root | null) {
    for (const abs of root ? descendants(root, 'w:abstractNum') : []) {
      const levels = new Map<number, Level>();
      for (const lvl of kids(abs, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), readLevel(lvl));
      this.abstracts.set(attr(abs, 'w:abstractNumId') ?? '', levels);
    }
    for (const num of root ? descendants(root, 'w:num') : []) {
      const overrides = new Map<number, Partial<Level>>();
      for (const o of kids(num, 'w:lvlOverride')) {
        const start = attr(kid(o, 'w:startOverride'));
        const lvl = kid(o, 'w:lvl');
        overrides.set(Number(attr(o, 'w:ilvl') ?? 0), {
          ...(lvl ? readLevel(lvl) : {}),
          ...(start !== undefined ? { start: Number(start) } : {}),
        });
      }
      this.instances.set(attr(num, 'w:numId') ?? '', {
        abstractId: attr(kid(num, 'w:abstractNumId')) ?? '',
        overrides,
      });
    }
  }

  /** The level a style's paragraphs take in a list (w:lvl w:pStyle), when the style names none. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    const levels = this.abstracts.get(this.instances.get(numId)?.abstractId ?? '');
    for (const [ilvl, level] of levels ?? []) if (styleId !== undefined && level.style === styleId) return ilvl;
    return undefined;
  }

  /** Counts one numbered paragraph and returns its printed label ("" for bullets and unknown lists). */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    const levels = this.abstracts.get(instance?.abstractId ?? '');
    if (!instance || !levels) return '';
    const level = (i: number): Level | undefined => {
      const base = levels.get(i);
      return base ? { ...base, ...instance.overrides.get(i) } : undefined;
    };
    const own = level(ilvl);
    if (!own) return '';
    const key = instance.overrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    counts[ilvl] = counts[ilvl] === undefined ? own.start : counts[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++) {
      const restartAfter = level(deeper)?.restartAfter ?? deeper - 1;
      if (restartAfter >= ilvl) delete counts[deeper];
    }
    if (own.format === 'bullet') return '';
    const label = own.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const at = level(i);
      const n = counts[i] ?? at?.start ?? 1;
      return formatNumber(n, own.legal ? 'decimal' : (at?.format ?? 'decimal'));
    });
    return label + (own.suffix === 'space' && label !== '' ? ' ' : '');
  }
}
