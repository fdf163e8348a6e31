import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where the contact map keeps its data in localStorage. */
export const CONTACT_MAP_KEY = 'netvaerkskompasset:contactMap';

/** A stored contact map (format version 2) around `data`, as the page writes it. */
export const contactMapEnvelope = (data: unknown): string =>
  JSON.stringify({ kind: 'contactMap', version: 2, savedAt: '2026-11-01T12:00:00.000Z', data });

/**
 * A context whose tabs start with `values` in localStorage (key → stored text). Seeded on the first load of each tab
 * only, so what the page saves afterwards is kept across reloads.
 */
export async function seededContext(
  browser: Browser,
  values: Record<string, string>,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, values);
  return context;
}

/**
 * Scroll to the map (it is drawn when the reader gets there); its heading is replaced once the map's code has loaded,
 * so try again until the map is there, and, given `labels`, until it names that many people.
 */
export async function toMap(page: Page, labels?: number): Promise<void> {
  const drawn = labels === undefined ? page.locator('svg.cm-map') : page.locator('svg.cm-map text[data-id]');
  await expect
    .poll(() =>
      page
        .locator('#cm-map-heading')
        .scrollIntoViewIfNeeded({ timeout: 1000 })
        .then(() => drawn.count())
        .catch(() => 0),
    )
    .toBe(labels ?? 1);
}

/** The contact map page in each language. */
export const contactMapPages = [
  { lang: 'da', path: '/oevelser/netvaerkskort/' },
  { lang: 'en', path: '/en/exercises/contact-map/' },
] as const;

/**
 * The reader starts scrolling, as they do on a phone before they reach anything below the first screen; resolves once
 * the page has hydrated. The sections below recall are an island of their own, hydrated when the reader gets near them
 * or uses the page (`client:nearOrLinked`): until then the address book, the people and the map are the server's
 * empty HTML. Astro drops an island's `ssr` attribute once it has hydrated.
 */
export async function startScrolling(page: Page): Promise<void> {
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.locator('astro-island[ssr]').count()).toBe(0);
}

/**
 * The whole contact map page is ready for the reader: both islands hydrated and showing the stored data (recall's
 * name field and the import control are enabled only then).
 */
export async function contactMapReady(page: Page, recallName: string): Promise<void> {
  await startScrolling(page);
  await expect.poll(() => page.getByLabel(recallName, { exact: true }).isEnabled()).toBe(true);
  await expect.poll(() => page.locator('#cm-import').isEnabled()).toBe(true);
}
