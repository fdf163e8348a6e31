import { describe, expect, it } from 'vitest';
import { ARTICLES_CHUNK, articleChunkName, type ChunkModuleInfo } from '../../src/integrations/article-chunks';

const root = '/home/me/kompas';
const runtime = [`${root}/node_modules/astro/dist/jsx-runtime/index.js`, `${root}/node_modules/astro/dist/runtime/server/index.js`];
const plain = `${root}/src/content/articles/da/aktiv-lytning.mdx`;
const withQuiz = `${root}/src/content/articles/da/hvad-vil-du.mdx`;
const graph: Record<string, ChunkModuleInfo> = {
  [plain]: { importedIds: runtime },
  [withQuiz]: { importedIds: [...runtime, `${root}/src/components/islands/Quiz/QuizIsland.astro`] },
};
const infoOf = (id: string) => graph[id] ?? null;

describe('articleChunkName', () => {
  it('puts an article that imports only Astro’s runtime, and the module Astro makes for its assets, in the shared chunk', () => {
    expect(articleChunkName(plain, infoOf)).toBe(ARTICLES_CHUNK);
    expect(articleChunkName(`${plain}?astroPropagatedAssets`, infoOf)).toBe(ARTICLES_CHUNK);
  });

  it('leaves an article that imports one of our components (and so perhaps its styles) in a chunk of its own', () => {
    expect(articleChunkName(withQuiz, infoOf)).toBeNull();
    expect(articleChunkName(`${withQuiz}?astroPropagatedAssets`, infoOf)).toBeNull();
  });

  it('leaves everything that is not an article alone', () => {
    expect(articleChunkName(`${root}/src/components/content/About.da.mdx`, infoOf)).toBeNull();
    expect(articleChunkName(`${root}/src/pages/index.astro`, infoOf)).toBeNull();
    expect(articleChunkName(runtime[0]!, infoOf)).toBeNull();
  });

  it('reads Windows paths too', () => {
    const windows = 'C:\\kompas\\src\\content\\articles\\en\\active-listening.mdx';
    const info = { importedIds: ['C:\\kompas\\node_modules\\astro\\dist\\jsx-runtime\\index.js'] };
    expect(articleChunkName(windows, (id) => (id === windows ? info : null))).toBe(ARTICLES_CHUNK);
  });

  it('leaves an article alone when the graph does not know it', () => {
    expect(articleChunkName(`${root}/src/content/articles/en/unknown.mdx`, infoOf)).toBeNull();
  });
});
