import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema } from './lib/content/schema';
import { readingMinutes } from './lib/content/reading';

/**
 * The glob loader, plus each article's reading time, worked out once when the file is read (and kept in the
 * content cache until it changes) instead of on every page. The raw text is not kept (`retainBody: false`):
 * nothing else reads it, and at 1,000 articles per language it was a 15 MB module that the build bundled and
 * loaded into every page's process (about 250 MB of peak memory).
 */
function articlesLoader(): Loader {
  const inner = glob({ pattern: '{da,en}/*.mdx', base: './src/content/articles', retainBody: false });
  return {
    name: 'articles',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const source = props.filePath ? await readFile(props.filePath, 'utf8') : '';
          return context.parseData({ ...props, data: { ...props.data, readingMinutes: readingMinutes(source) } });
        },
      }),
  };
}

/**
 * Articles live in `src/content/articles/{da,en}/<slug>.mdx`.
 * The folder is the language, the file name is the URL slug in that language,
 * and `translationKey` pairs a Danish article with its English version.
 */
const articles = defineCollection({
  loader: articlesLoader(),
  /** The frontmatter, and `readingMinutes`, which the loader adds (not written in the file). */
  schema: articleSchema.extend({ readingMinutes: z.number().int().min(1) }),
});

export const collections = { articles };
