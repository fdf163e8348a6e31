/** Page weight on first load: what Chromium actually requests and receives from `astro preview`, cold cache. */
import type { Browser, Request } from 'playwright-core';
import { gzipSize } from './page-assets.ts';

export interface Weight {
  status: number;
  requests: number;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  /** Fonts, images, the manifest and anything else, raw. */
  otherRaw: number;
  /** Bytes on the wire (body, as sent: the preview server does not compress). */
  transferred: number;
}

/** A phone-sized viewport, the size Lighthouse's mobile default emulates. */
export const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** Loads `url` in a fresh context and adds up every response until the network is idle. */
export async function measureWeight(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const w: Weight = {
    status: 0,
    requests: 0,
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    otherRaw: 0,
    transferred: 0,
  };
  const pending: Promise<void>[] = [];
  const record = async (request: Request) => {
    const response = await request.response();
    if (!response) return;
    let body: Buffer;
    try {
      body = await response.body();
    } catch {
      return; // redirects have no body
    }
    const sizes = await request.sizes().catch(() => null);
    w.transferred += sizes?.responseBodySize ?? body.length;
    const type = request.resourceType();
    const bucket = type === 'document' ? w.html : type === 'stylesheet' ? w.css : type === 'script' ? w.js : null;
    if (bucket) {
      bucket.raw += body.length;
      bucket.gzip += gzipSize(body);
    } else w.otherRaw += body.length;
  };
  page.on('request', (request) => {
    if (/^https?:/.test(request.url())) w.requests += 1;
  });
  page.on('requestfinished', (request) => {
    if (/^https?:/.test(request.url())) pending.push(record(request));
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  w.status = response?.status() ?? 0;
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return w;
}
