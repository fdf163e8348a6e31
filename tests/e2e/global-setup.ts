import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../bench/lib/process.ts';
import { findChromium } from '../../bench/lib/site.ts';

const root = join(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string;
  }
}

/** Serves the real build (`dist/`) with `astro preview` on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  // Throws one line that says how to install a browser when there is none.
  const chromePath = findChromium();
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('No build found in dist/: run `npm run build` before `npm run test:e2e` (npm test does both).');
  }
  // A port nobody listens on, so the tests never talk to another server (an `npm start`, another checkout).
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
