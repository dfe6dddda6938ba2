/// <reference types="vite/client" />

/** The address the build was told the site is served at (PLANATLAS_SITE_URL), if any. */
export const siteAddress = (): string | undefined => import.meta.env.SITE || undefined;

/**
 * A link that still leads somewhere when read outside the site (a downloaded CSV, a pasted
 * citation): absolute when the build knows where the site is served (PLANATLAS_SITE_URL),
 * otherwise the path from the site root, which a reader can append to the address they use.
 */
export function siteLink(path: string, siteUrl: string | undefined = siteAddress()): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}
