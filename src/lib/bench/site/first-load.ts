import { posix } from 'node:path';

const TAG = /<(link|script)\b([^>]*)>/giu;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}=["']?([^"' >]+)`, 'iu').exec(attrs)?.[1];

/**
 * The site's own files a page fetches before it is usable: stylesheets, scripts loaded by
 * src, and data it announces with <link rel="preload">. Scripts a page imports later (on a
 * click) are not counted; paths are resolved against the page.
 */
export function firstLoadAssets(html: string, page: string): string[] {
  const found = new Set<string>();
  for (const [, tag, attrs = ''] of html.matchAll(TAG)) {
    const rel = attr(attrs, 'rel');
    const href =
      tag!.toLowerCase() === 'script'
        ? attr(attrs, 'src')
        : rel === 'stylesheet' || rel === 'preload' || rel === 'modulepreload'
          ? attr(attrs, 'href')
          : undefined;
    if (href === undefined || /^[a-z]+:|^\/\//iu.test(href)) continue;
    const path = href.split(/[?#]/u)[0]!;
    found.add(path.startsWith('/') ? path : posix.join(posix.dirname(page), path));
  }
  return [...found];
}
