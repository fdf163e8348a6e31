/**
 * What a build's service worker downloads on the first visit: the files its precache manifest lists (read from
 * `sw.js` itself, so it measures any version of the project), the worker, and the page the visit starts on.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from './site.ts';

export interface Precache {
  files: number;
  bytes: number;
  /** The worker script itself. */
  swBytes: number;
  /** The largest article page or article index, which the first visit may start on (not precached). */
  articleBytes: number;
  /** Precache + worker + that article: what a first visit that starts on an article downloads, at most. */
  firstVisitBytes: number;
}

/** The first-visit download the site promises to stay under, whatever the number of articles (issue #21). */
export const FIRST_VISIT_BUDGET = 3 * 1024 * 1024;

const isArticle = (path: string) => /^\/(artikler|en\/articles)\/([^/]+\/)?$/.test(path);
const fileOf = (dist: string, path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** The precache of the build in `dist` (null when it has no service worker). */
export function measurePrecache(dist: string): Precache | null {
  const swFile = join(dist, 'sw.js');
  if (!existsSync(swFile)) return null;
  const sw = readFileSync(swFile, 'utf8');
  // The precache list as workbox-build wrote it ({url:"…") and as the build writes it now ({"url":"…").
  const urls = [...new Set([...sw.matchAll(/\{"?url"?:"([^"]+)","?revision"?:/g)].map((m) => m[1]!))];
  const bytes = urls.reduce((n, u) => n + (existsSync(join(dist, u)) ? statSync(join(dist, u)).size : 0), 0);
  const precached = new Set(urls);
  const articleBytes = Math.max(
    0,
    ...htmlPages(dist)
      .filter(isArticle)
      .filter((p) => !precached.has(fileOf('', p).slice(1)))
      .map((p) => statSync(fileOf(dist, p)).size),
  );
  const swBytes = statSync(swFile).size;
  return { files: urls.length, bytes, swBytes, articleBytes, firstVisitBytes: bytes + swBytes + articleBytes };
}
