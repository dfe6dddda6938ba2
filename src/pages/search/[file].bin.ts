import type { APIRoute } from 'astro';
import { searchFilePaths, searchFiles } from '../../lib/search/build/site-files.ts';

export function getStaticPaths() {
  return searchFilePaths();
}

/** Every file of the search index: head, term files, facts, display rows, plan tables (all gzip inside). */
export const GET: APIRoute = ({ params }) => {
  const bytes = searchFiles().get(`${params['file']}.bin`);
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes.slice().buffer, { headers: { 'Content-Type': 'application/octet-stream' } });
};
