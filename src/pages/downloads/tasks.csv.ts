import type { APIRoute } from 'astro';
import { csvDocument, csvResponse } from '../../lib/site/csv.ts';
import { TASK_HEADERS, taskCsvRow } from '../../lib/site/csv-tables.ts';
import { siteData } from '../../lib/site/data/site-data.ts';
import { planOf, topicName } from '../../lib/site/lookups.ts';
import { paths } from '../../lib/site/paths.ts';

export const GET: APIRoute = () => {
  const data = siteData();
  const rows = data.tasks.map((t) =>
    taskCsvRow(planOf(data.plans, t.plan), t, t.topics.map((id) => topicName(data.lexicon, id)), paths.record(t.plan, t.id)),
  );
  return csvResponse(csvDocument(TASK_HEADERS, rows));
};
