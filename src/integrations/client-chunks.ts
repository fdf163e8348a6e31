import type { Plugin } from 'vite';
import { entriesReaching, platformChunkName } from './platform-chunk';

/**
 * How the browser's code is split into files (Astro's `client` environment), and why: every module file a page loads
 * costs the page's main thread a request, a compile and a link, whatever its size. Measured with 60 small modules
 * against the same code in one file (Chromium, 4× CPU slowdown, 12 loads each, warm cache): 500 against 112 ms until
 * the code had run. The contact map with 1,000 stored people loaded 60 JavaScript files.
 */

/** React, React DOM and its scheduler: every island page loads all three, so one file instead of three. */
export const REACT_CHUNK = 'react';
const reactModule = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/** The chunk of the browser's code a module goes into by name (`null`: Rolldown's own splitting decides). */
export function clientChunkName(id: string): string | null {
  return reactModule.test(id) ? REACT_CHUNK : null;
}

/** The part of a bundle entry read here: a chunk's stylesheets (Vite's `viteMetadata`). */
export interface BundleEntry {
  type: 'chunk' | 'asset';
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Forgets the stylesheets a chunk names that are no longer in the bundle, and returns how many there were.
 *
 * Astro puts every island's CSS in the page and deletes the stylesheets of the browser's build. A dynamically imported
 * chunk that depends on an island's entry chunk (which `allow-extension` lets Rolldown put shared code in) would still
 * list the entry's deleted stylesheet among the files to load first, and the import would fail on its 404 ("Unable to
 * preload CSS"). Vite writes that list after this runs.
 */
export function forgetDeletedStylesheets(bundle: Record<string, BundleEntry>): number {
  let forgotten = 0;
  for (const entry of Object.values(bundle)) {
    const css = entry.type === 'chunk' ? entry.viteMetadata?.importedCss : undefined;
    if (!css) continue;
    for (const file of [...css]) {
      if (bundle[file]) continue;
      css.delete(file);
      forgotten++;
    }
  }
  return forgotten;
}

/**
 * The browser's code in fewer files.
 * - `preserveEntrySignatures: 'allow-extension'`: an island's entry file keeps its exports (Astro imports the
 *   component by name) and may take in the modules only that island loads on its first render, instead of one small
 *   shared file each. The contact map page's JavaScript on load went from 33 files to 25.
 * - React in one file (`REACT_CHUNK`).
 * - The modules that the islands of several exercises share in one file (`platformChunkName`). The contact map page's
 *   JS on load went from 29 files to 20, and a linked phone load drew the map sooner (see the commit that added it).
 *   The chunk does not take in its modules' dependencies (`includeDependenciesRecursively`): those that a page
 *   script also loads stay out of it, or that page would load the whole chunk.
 * - No preloading of a dynamic import's dependencies: each import would carry the list of chunks to preload with it
 *   (the contact map page's JS on load: 103,194 B gzip with it, 102,231 without), and our dynamic imports (schemas,
 *   file handling) are small and load on demand. Vite still emits its preload helper (880 B gzip), which also loads a
 *   lazy chunk's CSS (Vite issue #18551).
 * Astro sets the client environment's build options itself, so this is the place to change them.
 */
export function clientChunks(): Plugin[] {
  const reaching = new Map<string, ReadonlySet<string>>();
  return [
    {
      name: 'netvaerkskompasset:client-chunks',
      configEnvironment(name) {
        if (name !== 'client') return;
        return {
          build: {
            modulePreload: false,
            rolldownOptions: {
              preserveEntrySignatures: 'allow-extension',
              output: {
                codeSplitting: {
                  includeDependenciesRecursively: false,
                  groups: [
                    { name: clientChunkName },
                    {
                      name: (id, chunking) =>
                        platformChunkName(
                          id,
                          entriesReaching(id, (m) => chunking.getModuleInfo(m), reaching),
                        ),
                    },
                  ],
                },
              },
            },
          },
        };
      },
      // The module graph, and so who reaches what, is new in each build.
      buildStart() {
        reaching.clear();
      },
    },
    {
      // After Astro's plugins (which delete the stylesheets) and before Vite's import analysis (which lists them).
      name: 'netvaerkskompasset:forget-deleted-stylesheets',
      enforce: 'post',
      applyToEnvironment: (environment) => environment.name === 'client',
      generateBundle(_, bundle) {
        forgetDeletedStylesheets(bundle as unknown as Record<string, BundleEntry>);
      },
    },
  ];
}
