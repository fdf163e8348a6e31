/**
 * Indexes a built site with Pagefind's Node API, the way src/integrations/pagefind.ts does after `astro build`.
 * Run by the benchmark as its own process, under /usr/bin/time, so Pagefind's time and memory are measured apart:
 *   node bench/lib/pagefind-index.ts <project root> <dist folder>
 * It uses the project's own copy of Pagefind (the --compare worktree may have another version).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: node bench/lib/pagefind-index.ts <project root> <dist folder>');

const pkgDir = join(root, 'node_modules/pagefind');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { main?: string; exports?: { '.'?: { import?: string } } };
const entry = pkg.exports?.['.']?.import ?? pkg.main ?? 'lib/index.js';
const { createIndex, close } = (await import(pathToFileURL(join(pkgDir, entry)).href)) as typeof import('pagefind');

const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
console.log(`indexed ${added.page_count} pages`);
// Pagefind's indexer is a child process that Node does not wait for, so GNU time cannot see its memory:
// read its peak resident size (VmHWM) from /proc before it is closed.
console.log(`pagefind backend peak RSS bytes: ${childPeakRss()}`);
await close();

function childPeakRss(): number {
  let peak = 0;
  const tasks = '/proc/self/task';
  if (!existsSync(tasks)) return peak;
  for (const task of readdirSync(tasks)) {
    const childrenFile = join(tasks, task, 'children');
    if (!existsSync(childrenFile)) continue;
    for (const pid of readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean)) {
      try {
        const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        if (kb) peak = Math.max(peak, Number(kb) * 1024);
      } catch {
        // the process ended
      }
    }
  }
  return peak;
}
