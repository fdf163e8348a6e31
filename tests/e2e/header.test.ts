import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const cases = [
  {
    lang: 'da',
    path: '/artikler/relationer-ikke-visitkort/',
    menu: 'Menu',
    nav: 'Hovedmenu',
    search: 'Søg',
    field: 'Søg på siden',
    first: 'Artikler',
    langLabel: 'Read this page in English – EN',
  },
  {
    lang: 'en',
    path: '/en/articles/relationships-not-business-cards/',
    menu: 'Menu',
    nav: 'Main menu',
    search: 'Search',
    field: 'Search the site',
    first: 'Articles',
    langLabel: 'Læs denne side på dansk – DA',
  },
] as const;

describe('the header on a phone', () => {
  for (const c of cases) {
    it(`(${c.lang}) is one row of at most 64 px, and its menu and search open by keyboard`, async () => {
      for (const width of [375, 320]) {
        const context = await browser.newContext({ viewport: { width, height: 740 } });
        const { page, problems } = await watchedPage(context);
        await page.goto(baseURL() + c.path);
        const header = page.locator('.site-header');
        expect((await header.boundingBox())!.height, `${width} px`).toBeLessThanOrEqual(64);
        // Name, search, language and menu side by side, none overlapping the next.
        const boxes = await Promise.all(
          ['.site-name span', '.header-search-toggle > summary', '.lang-switch', '.site-menu > summary'].map((sel) =>
            page.locator(sel).boundingBox(),
          ),
        );
        for (let i = 1; i < boxes.length; i++)
          expect(boxes[i]!.x, `${width} px: item ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width - 0.5);
        // The site's name is whole, never cut to "Netværkskomp…".
        const name = await page.locator('.site-name span').evaluate((e) => [e.scrollWidth, e.clientWidth, e.textContent]);
        expect(name[0], `${width} px: the name is cut`).toBeLessThanOrEqual(name[1] as number);
        expect(name[2]).toBe('Netværkskompasset');
        // The language switch keeps its full spoken name when it shows only EN / DA.
        expect(await page.locator('.lang-switch').getAttribute('aria-label')).toBe(c.langLabel);
        expect(await page.getByRole('navigation', { name: c.nav }).isVisible()).toBe(false);
        expect(await page.getByRole('link', { name: c.first, exact: true }).isVisible()).toBe(false);

        // The menu button is reached with Tab and opened with Enter; the sections follow in the tab order.
        for (let i = 0; i < 10; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => document.activeElement?.closest('.site-menu') !== null)) break;
        }
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('link', { name: c.first, exact: true }).isVisible()).toBe(true);
        expect(await page.locator('.site-menu > summary').getAttribute('aria-expanded')).toBeNull();
        expect(await page.locator('.site-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
        expect(await page.locator('.site-menu > summary').textContent()).toContain(c.menu);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(c.first);
        expect(await axeViolations(page)).toEqual([]);
        // Escape closes it and gives focus back to the button.
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('link', { name: c.first, exact: true }).isVisible()).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.closest('summary') !== null)).toBe(true);

        // Search: the button opens the field, with the cursor in it.
        await page.locator('.header-search-toggle > summary').focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
        expect(await page.getByRole('searchbox', { name: c.field }).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      }
    });
  }

  it('keeps the desktop header: name, sections, search field and language in one row', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${baseURL()}/artikler/`);
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Søg på siden' }).isVisible()).toBe(true);
    expect(await page.locator('.header-button').first().isVisible()).toBe(false);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(72);
    await context.close();
  });
});
