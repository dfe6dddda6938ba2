import { z } from 'zod';

const words = z.array(z.string().min(1));

/** One canonical indicator (content/lexicon/indicators.yaml). */
export const indicatorSchema = z.object({
  /** Stable kebab-case id; permalinks use it. Required. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Preferred Chinese name. Required. */
  name: z.string().min(1),
  /** Other names for the same measure. Default: none. */
  aliases: words.default([]),
  /** Canonical unit. Default: null (unitless). */
  unit: z.string().nullable().default(null),
  /** Which direction is more ambitious. Default: higher. */
  better: z.enum(['higher', 'lower']).default('higher'),
  /** Category shown on indicator pages. Default: 其他. */
  category: z.string().default('其他'),
  /** Topic ids. Default: none. */
  topics: words.default([]),
});

/** One department function (content/lexicon/departments.yaml). */
export const departmentSchema = z.object({
  /** Stable kebab-case id. Required. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Preferred Chinese name of the function. Required. */
  name: z.string().min(1),
  /** Name cores without an administrative prefix. Default: none. */
  aliases: words.default([]),
});

/** One topic (content/lexicon/topics.yaml). */
export const topicSchema = z.object({
  /** Stable kebab-case id. Required. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** Chinese name. Required. */
  name: z.string().min(1),
  /** Words that put a text under this topic. Default: none. */
  keywords: words.default([]),
});
