/** A data file of the site: compact JSON (these are fetched by scripts, never read by people). */
export function jsonResponse(value: unknown): Response {
  if (value === undefined) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
