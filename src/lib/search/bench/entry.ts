// The results page's script alone, bundled for the benchmark's plain static site.
import { startSearchPage } from '../client/page.ts';

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) startSearchPage(root);
