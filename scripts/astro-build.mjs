/**
 * `astro build` (arguments passed on) with the bundler's allocator told to hand freed memory back to the system at
 * once. Rolldown allocates with mimalloc, which keeps what it has freed until its next allocation; Rolldown goes
 * idle once bundling ends, so what it freed stayed with the build while Astro generated the pages and raised the
 * build's peak memory (issue #21; measured in the README). `MIMALLOC_PURGE_DELAY` has to be in the environment when
 * the process starts, so this starts Astro in a child process with it. A value already set in the environment wins.
 *
 * The child also gets a larger young generation (`--max-semi-space-size`, MB): a build allocates many short-lived
 * objects (MDX trees, rendered pages), and V8's default semi-space made it collect them far more often. At 1,000
 * articles per language, four interleaved rounds: 30.3-33.3 s with 64 MB against 31.5-41.5 s with the default
 * (medians about 31.5 and 37), peak memory 1.26-1.33 GB against 1.19-1.34 GB; 128 MB was slower than 64. A flag
 * given in NODE_OPTIONS wins.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const semiSpace = /--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-semi-space-size=64'];
const { status, signal } = spawnSync(process.execPath, [...semiSpace, astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { MIMALLOC_PURGE_DELAY: '0', ...process.env },
});
process.exit(status ?? (signal ? 1 : 0));
