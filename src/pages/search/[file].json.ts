import type { APIRoute } from 'astro';
import { searchFilePaths, searchFiles } from '../../lib/search/build/site-files.ts';

export function getStaticPaths() {
  return searchFilePaths('.json');
}

/** The manifest, display blocks and plan names of the search index. */
export const GET: APIRoute = ({ params }) => {
  const bytes = searchFiles().get(`${params['file']}.json`);
  if (!bytes) return new Response(null, { status: 404 });
  return new Response(bytes.slice().buffer, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
