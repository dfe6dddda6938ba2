import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
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

export interface BenchServer {
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
 * A static server as an intranet runs one (nginx with gzip_static): files as they are, or their
 * precompressed `.gz` beside them when the browser accepts gzip. Keep-alive, no caching headers
 * beyond the defaults, files read from disk on every request. It logs what it sent, so the
 * bytes of a page are counted as transferred, not estimated.
 */
export async function serveBench(dir: string): Promise<BenchServer> {
  const root = resolve(dir);
  const started = performance.now();
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const at = performance.now() - started;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const file = await fileFor(root, path);
      if (!file) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
        log.push({ path, status: 404, sent: 9, raw: 0, gzip: false, at });
        return;
      }
      const wantsGzip = /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
      const gz = wantsGzip ? await readFile(`${file}.gz`).catch(() => null) : null;
      const body = gz ?? (await readFile(file));
      const raw = gz ? (await stat(file)).size : body.length;
      const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': String(body.length), Vary: 'Accept-Encoding' };
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
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
