/**
 * A static server for the benchmark's slow-network loads that compresses as every real static host does:
 * text files (HTML, JS, CSS, JSON, SVG) sent gzipped (level 9, once per file) when the browser accepts it.
 * 127.0.0.1 only; `vite preview` and the tests' server send files as they are.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { StaticServer } from '../../tests/e2e/server.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);

/** The bytes sent for a file: gzipped when it is text. */
export function encoded(file: string): { body: Buffer; gzip: boolean } {
  const raw = fs.readFileSync(file);
  return COMPRESSED.has(path.extname(file)) ? { body: zlib.gzipSync(raw, { level: 9 }), gzip: true } : { body: raw, gzip: false };
}

export interface GzipServer extends StaticServer {
  /** The body bytes this server sent for a URL path (the last time it was asked for), or undefined. */
  sent(urlPath: string): number | undefined;
}

export function serveGzipped(root: string): Promise<GzipServer> {
  const sent = new Map<string, number>();
  const base = path.resolve(root);
  const cache = new Map<string, { body: Buffer; gzip: boolean }>();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]);
    let file = path.resolve(base, '.' + urlPath);
    if (file !== base && !file.startsWith(base + path.sep)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    let entry = cache.get(file);
    if (!entry) cache.set(file, (entry = encoded(file)));
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.body : fs.readFileSync(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    sent.set(urlPath, body.length);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, sent: (p) => sent.get(p), close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
