/// <reference types="vite/client" />
// Every internal link goes through here so a deployment under a sub-path (base) and the
// directory-style URLs with a trailing slash stay consistent across pages.

function base(): string {
  const b = import.meta.env.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** A site path ("plans/x/") prefixed with the deployment base. */
export function href(path: string): string {
  return base() + path.replace(/^\/+/, '');
}

const seg = encodeURIComponent;

const planTasks = (plan: string, part = 1) => href(`plans/${seg(plan)}/tasks/${part > 1 ? `${part}/` : ''}`);

export const paths = {
  home: () => href(''),
  plans: () => href('plans/'),
  plan: (id: string) => href(`plans/${seg(id)}/`),
  /** One province's page of the plan list. */
  plansPart: (part: string) => href(`plans/p/${seg(part)}/`),
  record: (plan: string, recordId: string) => `${href(`plans/${seg(plan)}/`)}#${seg(recordId)}`,
  indicators: () => href('indicators/'),
  indicator: (id: string) => href(`indicators/${seg(id)}/`),
  /** One province's page (or a later page of it) of an indicator's table. */
  indicatorPart: (id: string, part: string) => href(`indicators/${seg(id)}/p/${seg(part)}/`),
  unmapped: () => href('unmapped/'),
  /** A plan's task page (a long plan's tasks take more than one: paging/task-parts.ts). */
  planTasks,
  /**
   * One task: its section on its plan's task page. Links made without knowing the page name the
   * first, which sends the reader on to the task's own page.
   */
  task: (plan: string, id: string, part = 1) => `${planTasks(plan, part)}#${seg(id)}`,
  departments: () => href('departments/'),
  department: (id: string) => href(`departments/${seg(id)}/`),
  departmentPart: (id: string, part: string) => href(`departments/${seg(id)}/p/${seg(part)}/`),
  topics: () => href('topics/'),
  topic: (id: string) => href(`topics/${seg(id)}/`),
  topicPart: (id: string, part: string) => href(`topics/${seg(id)}/p/${seg(part)}/`),
  compare: () => href('compare/'),
  /** The drafting workbench (起草参考); its choice goes in the query. */
  workbench: () => href('workbench/'),
  quality: () => href('quality/'),
  qualityPart: (part: string) => href(`quality/p/${seg(part)}/`),
  methodology: () => href('methodology/'),
  /** A table download by its registry name, as .csv or .xlsx. */
  table: (name: string, ext: 'csv' | 'xlsx') => href(`downloads/${seg(name)}.${ext}`),
  dataZip: () => href('downloads/planatlas-data.zip'),
  /** The catalogue pickers start from: provinces, and what every comparison shares. */
  catalog: () => href('data/catalog.json'),
  /** One province's plans. */
  catalogProvince: (key: string) => href(`data/catalog/${seg(key)}.json`),
  /** One plan's comparison data, fetched only when a reader picks the plan. */
  planData: (id: string) => href(`data/plans/${seg(id)}.json`),
  /** The plan's original file as published, under its id and its own extension. */
  original: (plan: { id: string; file: string }) => href(`files/${seg(originalName(plan))}`),
  /** A page of a PDF original (the browser's viewer opens it there). */
  originalPage: (plan: { id: string; file: string }, page: number) =>
    `${href(`files/${seg(originalName(plan))}`)}#page=${page}`,
};

/** File name the original is served under: the id (a URL-safe slug) and the file's extension. */
export function originalName(plan: { id: string; file: string }): string {
  const dot = plan.file.lastIndexOf('.');
  return `${plan.id}${dot > 0 ? plan.file.slice(dot).toLowerCase() : ''}`;
}
