import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
};

/** One request as the server answered it: what it sent, and what the file is uncompressed. */
export interface Served {
  path: string;
  status: number;
  /** Body bytes sent (compressed when gzip was sent). */
  sent: number;
  /** Size of the file itself. */
  raw: number;
  gzip: boolean;
  /** Milliseconds since the server started. */
  at: number;
}

export interface StaticServer {
  url: string;
  /** Every request so far, in arrival order. */
  log: Served[];
  close: () => Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath);
  const path = resolve(join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * A built site served as an intranet web server would (nginx with gzip_static): files as they
 * are, `index.html` for a folder, the site's `404.html` for anything else, and a precompressed
 * `.gz` beside a file sent instead when the browser accepts gzip. Files are read from disk on
 * every request and every answer is logged, so a page's bytes are counted, not estimated.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const started = performance.now();
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const at = performance.now() - started;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = await fileFor(root, path);
      if (!file) {
        const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(page);
        log.push({ path, status: 404, sent: page.length, raw: page.length, gzip: false, at });
        return;
      }
      const wantsGzip = /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
      const gz = wantsGzip ? await readFile(`${file}.gz`).catch(() => null) : null;
      const body = gz ?? (await readFile(file));
      const raw = gz ? (await stat(file)).size : body.length;
      const headers: Record<string, string> = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': String(body.length),
        Vary: 'Accept-Encoding',
      };
      if (gz) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(body);
      log.push({ path, status: 200, sent: body.length, raw, gzip: gz !== null, at });
    })();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
