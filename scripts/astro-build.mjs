/**
 * `astro build` (arguments passed on) with the bundler's allocator told to hand freed memory back to the system at
 * once. Rolldown allocates with mimalloc, which by default keeps what it has freed for later; Rolldown goes idle
 * once bundling ends, so at 1,000 articles per language about 0.9 GB it had freed stayed with the build while
 * Astro generated the pages, and the build's peak was about 1.55 GB (issue #21). `MIMALLOC_PURGE_DELAY=0` has to
 * be in the environment when the process starts, so this starts Astro in a child process with it. A value already
 * set in the environment wins.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const { status, signal } = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
process.exit(status ?? (signal ? 1 : 0));
