import { z } from 'astro/zod';

/** The exercises an article can lead to (see `src/i18n/routes.ts`). */
export const exerciseIds = ['quiz', 'group-purpose', 'contact-map'] as const;
export type ExerciseId = (typeof exerciseIds)[number];

/** One work the article draws on: a book, article, study or talk. */
export const sourceSchema = z.object({
  /** Authors as printed, e.g. "Mark Granovetter" or "Herminia Ibarra og Mark Lee Hunter". */
  author: z.string().min(2).max(200),
  /** Year of publication. */
  year: z.number().int().min(1800).max(2100),
  /** Title of the book, article or study, without quotation marks. */
  title: z.string().min(2).max(300),
  /** Publisher, journal or issue (e.g. "American Journal of Sociology 78(6)"). Optional. */
  publisher: z.string().min(2).max(200).optional(),
});

/** Frontmatter of one article. Every field is required unless it says otherwise. */
export const articleSchema = z.object({
  /** The headline, shown as the page's `<h1>` and in the browser tab. Keep it under 70 characters. */
  title: z.string().min(5).max(90),
  /** One line (at most 160 characters) for the article index, search results and link previews. */
  description: z.string().min(20).max(160),
  /** "Kort fortalt" / "In short": 3–5 lines shown in a box at the top, and on the printed handout. */
  keyPoints: z.array(z.string().min(10).max(220)).min(3).max(5),
  /**
   * Pairs the two language versions: the Danish and English file carry the same key.
   * Lower-case ASCII words joined by hyphens.
   */
  translationKey: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Position in the article index and in previous/next links (1 comes first). */
  order: z.number().int().min(1),
  /** The date the text last changed in substance (YYYY-MM-DD). */
  updated: z.coerce.date(),
  /** The exercises the article leads to, in the order they are suggested. */
  exercises: z.array(z.enum(exerciseIds)).default([]),
  /**
   * Where the ideas come from, listed under "Kilder" / "Sources" at the end of the article.
   * Optional while an article names no outside work; every article that credits a book, study or
   * person should list it here.
   */
  sources: z.array(sourceSchema).default([]),
  /**
   * Other articles worth reading next, by their `translationKey` (never the article's own key),
   * shown under "Læs også" / "Read next" with the exercises above.
   */
  related: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))
    .max(4)
    .default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
