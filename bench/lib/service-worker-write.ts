/**
 * Writes the service worker of a built site the way src/integrations/service-worker.ts does after `astro build`
 * and Pagefind. Run by the benchmark as its own process, under /usr/bin/time, so its time is measured apart:
 *   node bench/lib/service-worker-write.ts <project root> <dist folder>
 * It uses the project's own integration module (the --compare worktree may have another version).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: node bench/lib/service-worker-write.ts <project root> <dist folder>');

type Module = {
  writeServiceWorker?: (dir: string) => Promise<unknown>;
  serviceWorkerOptions?: (dir: string) => unknown;
};
/** workbox-build's API as versions before the bounded precache called it (it is not a dependency any more). */
type WorkboxBuild = { generateSW: (options: unknown) => Promise<unknown> };
const integration = (await import(pathToFileURL(join(root, 'src/integrations/service-worker.ts')).href)) as Module;
if (integration.writeServiceWorker) await integration.writeServiceWorker(outDir);
else {
  // Versions before the bounded precache (issue #21): plain workbox-build options, and their own workbox-build.
  const { generateSW } = (await import(pathToFileURL(join(root, 'node_modules/workbox-build/build/index.js')).href)) as WorkboxBuild;
  await generateSW(integration.serviceWorkerOptions!(outDir));
}
console.log('service worker written');
