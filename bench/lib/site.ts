/** Building a project with its own Astro, serving dist/ with `astro preview`, and walking the build. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { freePort, run, type Timed } from './process.ts';

export const astroBin = (root: string) => join(root, 'node_modules/astro/bin/astro.mjs');

/** The project's own way to start `astro build` (`npm run build`), when it has one: it sets the build's environment. */
const buildScript = 'scripts/astro-build.mjs';

/**
 * `astro build` in `root` with this Node and the Astro of `depsRoot` (the project whose node_modules it uses);
 * `extraArgs` such as `--config`. Through the project's build script when `root` has one, as `npm run build` does,
 * so the benchmark builds with the same environment (an older checkout without it runs Astro directly).
 */
export function astroBuild(root: string, logFile: string, extraArgs: string[] = [], depsRoot = root): Promise<Timed> {
  const script = join(root, buildScript);
  const args = existsSync(script) ? [script, ...extraArgs] : [astroBin(depsRoot), 'build', ...extraArgs];
  return run(process.execPath, args, { cwd: root, logFile });
}

/** Every HTML file of a build, as site paths (`/artikler/`, `/404.html`), Pagefind's and Astro's asset folders skipped. */
export function htmlPages(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(distDir, full).split(sep).join('/');
        out.push(rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(distDir);
  return out.sort();
}

/** Total size in bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        bytes += st.size;
        files += 1;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/**
 * `astro preview` of `root`'s build (dist/, or `outDir`) on 127.0.0.1 and a free port.
 * `--ignore-lock`: Astro 7 refuses a second preview per project otherwise (the e2e tests may be running one).
 */
export async function startPreview(root: string, outDir?: string): Promise<Preview> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [astroBin(root), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), ...(outDir ? ['--outDir', outDir] : [])],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  const started = Date.now();
  while (Date.now() - started < 30_000) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${url} within 30 s:\n${output}`);
}

/** Debian's Chromium, or the one CHROME_PATH names. The benchmark never downloads a browser. */
export function findChromium(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error('No Chromium found: install it with `sudo apt-get install chromium`, or set CHROME_PATH to a Chromium binary.');
  return found;
}

/** The flags tests/e2e/browser.ts launches Chromium with: quiet on a machine with no network but loopback. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
