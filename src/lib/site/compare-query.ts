/** Plan ids from "?plans=a,b" (also tolerates repeated ?plans=a&plans=b), known ids only, in given order. */
export function parsePlansParam(search: string, known: readonly string[]): string[] {
  const params = new URLSearchParams(search);
  const wanted = params
    .getAll('plans')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
  return [...new Set(wanted.filter((id) => known.includes(id)))];
}

/** The shareable query for a selection; empty means "all plans". */
export function plansQuery(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `?plans=${ids.map(encodeURIComponent).join(',')}`;
}
