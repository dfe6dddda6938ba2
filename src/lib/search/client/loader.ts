import { fileNames, type Manifest } from '../format.ts';

/**
 * Fetches index files relative to the index folder, once each: a file asked for twice (by two
 * queries typed in a row) is one request. Every file but the manifest carries the build's
 * version in its URL, so a browser cache never mixes two builds.
 */
export class Loader {
  private readonly cache = new Map<string, Promise<unknown>>();
  private manifestPromise: Promise<Manifest> | null = null;

  /** `get` fetches a URL; tests pass one that reads the built files from memory. */
  constructor(private readonly base: string, private readonly get: (url: string, init?: RequestInit) => Promise<Response> = (u, i) => fetch(u, i)) {}

  manifest(): Promise<Manifest> {
    this.manifestPromise ??= this.get(this.base + fileNames.manifest, { cache: 'no-cache' }).then((r) => ok(r, fileNames.manifest).json() as Promise<Manifest>);
    return this.manifestPromise;
  }

  bytes(name: string): Promise<Uint8Array> {
    return this.once(name, async () => new Uint8Array(await ok(await this.get(await this.url(name)), name).arrayBuffer()));
  }

  json<T>(name: string): Promise<T> {
    return this.once(name, async () => (await ok(await this.get(await this.url(name)), name).json()) as T);
  }

  private async url(name: string): Promise<string> {
    const { version } = await this.manifest();
    return `${this.base}${name}?v=${version}`;
  }

  private once<T>(name: string, load: () => Promise<T>): Promise<T> {
    let p = this.cache.get(name) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.cache.set(name, p);
      // A failed fetch (offline for a moment) must not stay cached as a failure.
      p.catch(() => this.cache.delete(name));
    }
    return p;
  }
}

function ok(response: Response, name: string): Response {
  if (!response.ok) throw new Error(`search index file ${name}: HTTP ${response.status}`);
  return response;
}
