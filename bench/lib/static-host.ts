/**
 * A static host for Lighthouse: serves a build folder on 127.0.0.1 the way hosting services do, with text files
 * (HTML, CSS, JS, JSON, SVG, XML) gzipped when the browser asks for it. `astro preview` sends every file
 * uncompressed, which no host a reader meets does; Lighthouse's simulated phone counts the bytes that cross the
 * wire, so an uncompressed document costs it round trips a real visit does not.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Preview } from './site.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;

/** The file a request path names: a folder's index.html, or null when there is none. */
async function fileFor(dir: string, pathname: string): Promise<string | null> {
  const path = join(dir, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
  if (!path.startsWith(dir)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next
    }
  }
  return null;
}

/** Serves `dir` on 127.0.0.1 and a free port; a missing file gets the build's 404.html with status 404. */
export async function startStaticHost(dir: string): Promise<Preview> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await fileFor(dir, pathname);
    const served = file ?? join(dir, '404.html');
    let body: Buffer;
    try {
      body = await readFile(served);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = types[extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string | number> = { 'content-type': type };
    if (compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(file ? 200 : 404, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static host has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
