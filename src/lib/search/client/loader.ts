import { fileNames, type Manifest } from '../format.ts';
import { decodeHead } from '../head.ts';
import { decodePlanTable, type PlanTable } from '../plan-table.ts';
import { unpack } from './unpack.ts';

const decoder = new TextDecoder();

export type Get = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Fetches index files relative to the index folder, once each: a file asked for twice (by two
 * queries typed in a row) is one request. Every URL carries the build's version, so a browser
 * cache never mixes two builds. The page knows the version from its markup and fetches the head
 * file (the manifest) at once, in parallel with its script; without the version (tests, tools)
 * the head file is fetched revalidated, and tells it.
 */
export class Loader {
  private readonly cache = new Map<string, Promise<unknown>>();
  private headPromise: Promise<Manifest> | null = null;
  private planTable: Promise<PlanTable> | null = null;

  /** `get` fetches a URL; tests pass one that reads the built files from memory. */
  constructor(
    private readonly base: string,
    private version: string | null = null,
    private readonly get: Get = (u, i) => fetch(u, i),
  ) {}

  /** Starts loading what every search needs, before there is a query; settles when it is in (or failed: a search retries). */
  warm(): Promise<void> {
    return this.head().then(
      () => {},
      () => {},
    );
  }

  manifest(): Promise<Manifest> {
    return this.head();
  }

  /** The plan table, fetched when first asked for (facets need it; the first results do not). */
  plans(): Promise<PlanTable> {
    this.planTable ??= Promise.all([this.head(), this.fetchFile(fileNames.plans)]).then(([m, bytes]) =>
      decodePlanTable(bytes, m.counts.target, m.counts.target + m.counts.task),
    );
    this.planTable.catch(() => (this.planTable = null));
    return this.planTable;
  }

  /** A file's bytes, kept: several terms share a bucket file. */
  bytes(name: string): Promise<Uint8Array> {
    return this.once(name, () => this.fetchFile(name));
  }

  /** A file holding JSON (display rows, plan ids), kept parsed and only so. */
  json<T>(name: string): Promise<T> {
    return this.once(name, async () => JSON.parse(decoder.decode(await this.fetchFile(name))) as T);
  }

  private async fetchFile(name: string): Promise<Uint8Array> {
    return unpacked(await this.get(await this.versioned(name)), name);
  }

  private head(): Promise<Manifest> {
    this.headPromise ??= (
      this.version ? this.get(this.url(fileNames.head)) : this.get(this.base + fileNames.head, { cache: 'no-cache' })
    ).then(async (r) => {
      const m = decodeHead(await unpacked(r, fileNames.head));
      this.version = m.version;
      return m;
    });
    this.headPromise.catch(() => (this.headPromise = null));
    return this.headPromise;
  }

  private url(name: string): string {
    return `${this.base}${name}?v=${this.version}`;
  }

  private async versioned(name: string): Promise<string> {
    if (!this.version) await this.head();
    return this.url(name);
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

/** The body of a fetched index file, unpacked. */
async function unpacked(response: Response, name: string): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`search index file ${name}: HTTP ${response.status}`);
  return unpack(new Uint8Array(await response.arrayBuffer()));
}
