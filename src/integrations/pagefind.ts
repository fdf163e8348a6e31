import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index after Astro has written `dist/`, through Pagefind's Node API.
 * Pagefind reads `<html lang>` and makes one index per language (Danish stemming included),
 * and indexes only what is inside `data-pagefind-body`.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'netvaerkskompasset:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
