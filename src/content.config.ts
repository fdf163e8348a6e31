import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/content/schema';

/**
 * Articles live in `src/content/articles/{da,en}/<slug>.mdx`.
 * The folder is the language, the file name is the URL slug in that language,
 * and `translationKey` pairs a Danish article with its English version.
 */
const articles = defineCollection({
  loader: glob({ pattern: '{da,en}/*.mdx', base: './src/content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
