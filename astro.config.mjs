// @ts-check
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

// The site is read on government intranets: the build itself must not call out either
// (usage reporting in build, the version check in dev).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
  output: 'static',
  // Served from a sub-path on some intranet servers: set PLANATLAS_BASE=/planatlas/ at build time.
  base: process.env.PLANATLAS_BASE || '/',
  // Where the site is served, e.g. https://intranet.example/; makes the source links in
  // downloads and copied citations absolute. Without it they are paths from the site root.
  ...(process.env.PLANATLAS_SITE_URL ? { site: process.env.PLANATLAS_SITE_URL } : {}),
  // Every page is a folder with index.html, which any static server (nginx, IIS, Apache) serves
  // for a URL ending in "/"; links always carry that slash, so no redirect is ever needed.
  // Known quirk of astro 6.0.x in `astro dev` only: /indicators/<id>.csv answers at
  // "<id>.csv/" (withastro/astro#17001, fixed in a later 6.x); built files are correct.
  // Styles go in a stylesheet file, cached once, rather than inlined into each of the library's
  // tens of thousands of pages. Every component's <style> is global (is:global, its selectors
  // under the component's own class): a scoped style would put a class on every element it
  // renders, tens of KB per plan page in table rows and paragraphs (tests/e2e/escaping.test.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'always',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // One stylesheet for the whole site (21 KB, 5 KB gzip) instead of a few per page: a reader
    // fetches it once, and the order of its rules no longer depends on which pages share a component.
    build: { cssCodeSplit: false },
    resolve: {
      // FlexSearch's package points browsers at its full bundle (workers, persistent stores,
      // documents; 51 KB). The search page needs an Index with import: its compact build (28 KB).
      alias: [
        {
          find: /^flexsearch$/u,
          replacement: fileURLToPath(
            new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url),
          ),
        },
      ],
    },
  },
});
