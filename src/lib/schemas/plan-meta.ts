import { z } from 'zod';
import { HTTP_URL_RULE, httpUrl } from './http-url.ts';

const LEVELS = ['national', 'province', 'city', 'district', 'county'] as const;

/** A text field an editor may leave out or set to null; an empty string is rejected as a likely slip. */
const optionalText = () => z.string().min(1, 'must not be empty; write null when unknown').nullable().default(null);

/**
 * Metadata an editor writes in `content/plans/<id>.yaml`, next to the plan text. `id` and `file`
 * are not written: they come from the file name. Unknown fields are rejected so typos surface.
 */
export const planMetaSchema = z.strictObject({
  /** Place the plan is for, as the plan names it (e.g. 武汉经开区). Required. */
  region: z.string().min(1, 'must not be empty'),
  /** Province-level parent (e.g. 湖北省); default null (unknown, or a national plan). */
  province: optionalText(),
  /** national | province | city (地级市/盟/州) | district (市辖区/开发区) | county (县/县级市/旗). Required. */
  level: z.enum(LEVELS),
  /** The plan's own title, verbatim; default null when the text never states one. */
  title: optionalText(),
  /** [start year, end year]; the end year is the main target year. Required. */
  period: z
    .tuple([z.int().min(1949).max(2100), z.int().min(1949).max(2100)])
    .refine(([start, end]) => start <= end, 'the start year must not be after the end year'),
  /** Issuing body as printed; default null when not stated. */
  issuer: optionalText(),
  /** Issue or publication date, quoted 'YYYY-MM-DD'; default null when unknown or only partly known. */
  date: z.iso.date("must be a real date written 'YYYY-MM-DD' (quoted), or null").nullable().default(null),
  /** 文号 as printed, e.g. 红办发〔2023〕13号; default null when the plan has none. */
  docNumber: optionalText(),
  /** Kind of plan: 规划, 行动方案, 实施意见, 实施方案, …; default null. */
  kind: optionalText(),
  /** Where the text was taken from (http or https only: it becomes a link); default null when unknown. */
  url: z
    .string()
    .refine((v) => httpUrl(v) !== null, HTTP_URL_RULE)
    .nullable()
    .default(null),
  /** Free-text editor's notes (provenance, quirks, partial dates); default absent. Not exported. */
  notes: z.string().optional(),
});

export type PlanMetaFields = z.output<typeof planMetaSchema>;

export type PlanMetaParse = { ok: true; meta: PlanMetaFields } | { ok: false; message: string };

/** Validates parsed YAML; on failure the message names the file and every offending field. */
export function parsePlanMeta(data: unknown, file: string): PlanMetaParse {
  const result = planMetaSchema.safeParse(data);
  if (result.success) return { ok: true, meta: result.data };
  const problems = result.error.issues.map((issue) => describeIssue(issue, data));
  return { ok: false, message: `${file}: ${problems.join('; ')}` };
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown field ${names} (allowed: ${Object.keys(planMetaSchema.shape).join(', ')})`;
  }
  if (issue.path.length === 0) return `expected a YAML mapping of metadata fields (${issue.message})`;
  const field = issue.path.map(String).join('.');
  const top = issue.path[0];
  const missing = issue.path.length === 1 && typeof data === 'object' && data !== null && !(String(top) in data);
  return `field "${field}": ${missing ? 'is required but missing' : issue.message}`;
}
