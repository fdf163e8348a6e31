/**
 * `astro build` (arguments passed on) with the bundler's allocator told to hand freed memory back to the system at
 * once. Rolldown allocates with mimalloc, which keeps what it has freed until its next allocation; Rolldown goes
 * idle once bundling ends, so what it freed stayed with the build while Astro generated the pages and raised the
 * build's peak memory (issue #21; measured in the README). `MIMALLOC_PURGE_DELAY` has to be in the environment when
 * the process starts, so this starts Astro in a child process with it. A value already set in the environment wins.
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
