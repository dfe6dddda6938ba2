import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site/data/site-data.ts';
import { originalName } from '../../lib/site/paths.ts';
import type { PlanRecord } from '../../lib/types.ts';

/** Every plan's original file, served as published so a reader can check a quote against it. */
export function getStaticPaths() {
  return siteData().plans.map((plan) => ({ params: { file: originalName(plan) }, props: { plan } }));
}

export const GET: APIRoute<{ plan: PlanRecord }> = ({ props }) =>
  new Response(readFileSync(join(siteData().dirs.content, props.plan.file)));
