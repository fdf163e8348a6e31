import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../../bench/lib/site.ts';

export const distDir = join(import.meta.dirname, '../../dist');

/** Every HTML page of the build, as a site path (`/artikler/`, `/404.html`). */
export const builtPages = (): string[] => htmlPages(distDir);

/** The built HTML of a site path. */
export function builtHtml(path: string): string {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  return readFileSync(file, 'utf8');
}
