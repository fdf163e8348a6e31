import type { Plugin } from 'vite';

/** What the chunking pass can tell about a module (Rolldown's `ChunkingContext.getModuleInfo`, the part read here). */
export interface ChunkModuleInfo {
  importedIds: readonly string[];
}
type ModuleInfoOf = (id: string) => ChunkModuleInfo | null;

/** The name of the chunks that hold the plain articles when the pages are rendered. */
export const ARTICLES_CHUNK = 'articles';

/**
 * At most this many bytes of compiled articles in one chunk (Rolldown's `maxSize`, measured before minifying). At
 * 1,000 articles per language, interleaved builds on this machine: page generation 7.1 and 8.0 s with 2 MB chunks
 * (about ten), 9.3 and 12.4 s with a single chunk, 10.0 and 13.5 s with a chunk per article.
 */
const ARTICLE_CHUNK_BYTES = 2_000_000;

const articleModule = /^(.*[\\/]src[\\/]content[\\/]articles[\\/][^?]*\.mdx)(\?.*)?$/;
const dependency = /[\\/]node_modules[\\/]/;

/**
 * The chunk an article module goes into when the pages are rendered: `articles` for an MDX article that imports
 * nothing of ours (only Astro's runtime), together with the `?astroPropagatedAssets` module Astro makes for it;
 * `null` (Rolldown's own splitting, one chunk each) for everything else.
 *
 * Why few chunks: Astro imports every article in a chunk of its own, and at 1,000 articles per language loading
 * 2,000 small modules through Node's loader was the largest part of page generation after rendering itself.
 *
 * Why only articles that import nothing: Astro gives a page the stylesheets of the chunks its article is in. An
 * article that imports a component with styles (the quiz) would lend them to every article of a shared chunk, so
 * such an article keeps a chunk of its own and the pages come out byte for byte as before.
 */
export function articleChunkName(id: string, infoOf: ModuleInfoOf): string | null {
  const match = articleModule.exec(id);
  if (!match) return null;
  const info = infoOf(match[1]!);
  if (!info) return null;
  return info.importedIds.every((imported) => dependency.test(imported)) ? ARTICLES_CHUNK : null;
}

/**
 * Puts the plain articles into a few chunks of the build that renders the pages (Astro's `prerender` environment). The
 * browser's code is not touched.
 */
export function articleChunks(): Plugin {
  return {
    name: 'netvaerkskompasset:article-chunks',
    configEnvironment(name) {
      if (name !== 'prerender') return;
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: (id, context) => articleChunkName(id, (m) => context.getModuleInfo(m)), maxSize: ARTICLE_CHUNK_BYTES }],
              },
            },
          },
        },
      };
    },
  };
}
