/** Site URLs of results, under the deployment base; `hl` asks the plan page to mark the query. */
export function siteLinks(base: string) {
  const seg = encodeURIComponent;
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    search: (query: string) => `${root}search/${query}`,
    plan: (plan: string) => `${root}plans/${seg(plan)}/`,
    source: (plan: string, anchor: string, q: string) => `${root}plans/${seg(plan)}/?hl=${seg(q)}#${seg(anchor)}`,
    task: (plan: string, id: string) => `${root}plans/${seg(plan)}/tasks/#${seg(id)}`,
    indicator: (id: string) => `${root}indicators/${seg(id)}/`,
    conflicts: () => `${root}search/conflicts.json`,
  };
}
export type SiteLinks = ReturnType<typeof siteLinks>;
