import { z } from 'zod';
import { foldName, foldText } from '../lexicon/fold-name.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const id = z.string().regex(KEBAB, 'must be kebab-case ASCII (a-z, 0-9, single hyphens)');
const word = z.string().trim().min(1, 'must not be empty');

/** One canonical indicator (content/lexicon/indicators.yaml). */
export const indicatorSchema = z.object({
  /** Stable kebab-case id; permalinks and exports use it. Required, no default. */
  id,
  /** Preferred Chinese name; it matches as an alias too. Required, no default. */
  name: word,
  /** Other wordings plans use for the same measure. Default: [] (the name only). */
  aliases: z.array(word).default([]),
  /** Canonical unit ("%", "‰", "/10万", "张", "人", "岁" …). Default: null (no unit). */
  unit: word.nullable().default(null),
  /** Which way a more ambitious target points. Required, no default: guessing it would misrank plans. */
  better: z.enum(['higher', 'lower']),
  /** Category the site groups indicators by (健康水平, 卫生资源 …). Default: 其他. */
  category: word.default('其他'),
  /** Ids of topics (topics.yaml) the indicator belongs to. Default: []. */
  topics: z.array(id).default([]),
  /**
   * What the indicator counts, over what population or base (口径), in the project's own words; one
   * or two sentences an official can check a plan's figure against. Default: null (not written yet).
   */
  definition: word.nullable().default(null),
  /**
   * The national standard part (WS/T 598.x) or national document that sets the indicator, as it is
   * cited; several separated by "；". Default: null — left empty where no source was confirmed.
   */
  reference: word.nullable().default(null),
});

/** One department function (content/lexicon/departments.yaml). */
export const departmentSchema = z.object({
  /** Stable kebab-case id of the function (health, finance …). Required, no default. */
  id,
  /** Preferred Chinese name of the function (卫生健康, 财政 …); not matched. Required, no default. */
  name: word,
  /** Name cores without a place prefix, across eras and levels (卫生计生委, 卫生健康局 …). Default: []. */
  aliases: z.array(word).default([]),
});

/** One topic officials browse by (content/lexicon/topics.yaml). */
export const topicSchema = z.object({
  /** Stable kebab-case id. Required, no default. */
  id,
  /** Chinese name shown on the site. Required, no default. */
  name: word,
  /** Words whose presence puts a text under the topic; may be shared with other topics. Default: []. */
  keywords: z.array(word).default([]),
});

type Entry = { id: string };

function uniqueIds(list: readonly Entry[], ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  list.forEach((e, i) => {
    const seen = first.get(e.id);
    if (seen === undefined) first.set(e.id, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `duplicate id "${e.id}" (first used by entry ${seen + 1})`,
      });
  });
}

/** An alias that folds to the same text in two entries would make matching depend on file order. */
function uniqueAliases<T extends Entry>(words: (e: T) => string[], fold: (s: string) => string) {
  return (list: readonly T[], ctx: z.RefinementCtx): void => {
    const owner = new Map<string, string>();
    list.forEach((e, i) => {
      for (const w of new Set(words(e).map(fold))) {
        const other = owner.get(w);
        if (other === undefined) owner.set(w, e.id);
        else if (other !== e.id)
          ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" of ${e.id} is already claimed by ${other}` });
      }
    });
  };
}

export const indicatorsFileSchema = z
  .array(indicatorSchema)
  .superRefine(uniqueIds)
  .superRefine(uniqueAliases((e: z.infer<typeof indicatorSchema>) => [e.name, ...e.aliases], foldName));
export const departmentsFileSchema = z
  .array(departmentSchema)
  .superRefine(uniqueIds)
  .superRefine(uniqueAliases((e: z.infer<typeof departmentSchema>) => e.aliases, foldText));
export const topicsFileSchema = z.array(topicSchema).superRefine(uniqueIds);
