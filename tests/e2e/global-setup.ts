import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findBrowser } from './browser-path';

const root = join(import.meta.dirname, '../..');
/** A port nobody is listening on, so the tests never talk to another server (an `npm start`, a second run). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string;
  }
}

/** Serves the real build (`dist/`) with `astro preview` on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const chromePath = findBrowser();
  if (!chromePath) {
    throw new Error(
      'No Chromium found for the browser tests: install it with `sudo apt-get install chromium`, or set CHROME_PATH to a Chromium binary.',
    );
  }
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('No build found in dist/: run `npm run build` before `npm run test:e2e` (npm test does both).');
  }
  const port = Number(process.env.E2E_PORT) || (await freePort());
  const server: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, server);
  project.provide('baseURL', baseURL);
  project.provide('chromePath', chromePath);
  return async () => {
    server.kill();
  };
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 30_000) {
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`astro preview exited early:\n${output}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`astro preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
