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

export const paths = {
  home: () => href(''),
  plans: () => href('plans/'),
  plan: (id: string) => href(`plans/${encodeURIComponent(id)}/`),
  record: (plan: string, recordId: string) => `${href(`plans/${encodeURIComponent(plan)}/`)}#${encodeURIComponent(recordId)}`,
  indicators: () => href('indicators/'),
  indicator: (id: string) => href(`indicators/${encodeURIComponent(id)}/`),
  indicatorCsv: (id: string) => href(`indicators/${encodeURIComponent(id)}.csv`),
  task: (id: string) => href(`tasks/${encodeURIComponent(id)}/`),
  departments: () => href('departments/'),
  department: (id: string) => href(`departments/${encodeURIComponent(id)}/`),
  topics: () => href('topics/'),
  topic: (id: string) => href(`topics/${encodeURIComponent(id)}/`),
  compare: () => href('compare/'),
  quality: () => href('quality/'),
  methodology: () => href('methodology/'),
  download: (file: string) => href(`downloads/${file}`),
};
