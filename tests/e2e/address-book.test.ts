import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedName, generateLinkedInCsv } from '../../bench/lib/linkedin-file.ts';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { formatSizeAgainstLimit } from '../../src/lib/fileSize';
import { fillStorageNearly } from './fill-storage';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { startScrolling } from './contact-map-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CONNECTIONS = 1500;
const file = { name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(generateLinkedInCsv(CONNECTIONS)) };

const pages = [
  { lang: 'da', path: '/oevelser/netvaerkskort/' },
  { lang: 'en', path: '/en/exercises/contact-map/' },
] as const;

/** What is stored, read the way the site stores it (an envelope per kind). */
const stored = (page: Page, kind: string) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as { data: unknown }).data;
  }, `netvaerkskompasset:${kind}`);
const mapNames = async (page: Page): Promise<string[]> => {
  const map = (await stored(page, 'contactMap')) as { people: Record<string, { name: string }>; order: string[] } | null;
  return map ? map.order.map((id) => map.people[id]!.name) : [];
};
const mapPerson = async (page: Page, name: string) => {
  const map = (await stored(page, 'contactMap')) as { people: Record<string, { name: string; organisation: string; contexts: string[] }> };
  return Object.values(map.people).find((p) => p.name === name);
};
const full = (i: number) => {
  const { first, last } = generatedName(i);
  return `${first} ${last}`;
};

for (const p of pages) {
  const s = contactStrings[p.lang];
  const ab = s.addressBook;
  const n = (x: number) => x.toLocaleString(p.lang === 'da' ? 'da-DK' : 'en-GB');

  describe(`address book (${p.lang})`, () => {
    it(`imports ${CONNECTIONS} LinkedIn connections into the address book, not the map; ten are picked onto the map; recall offers a match`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await expect.poll(() => page.getByLabel(s.recallName, { exact: true }).isEnabled()).toBe(true);
      await expect.poll(() => page.getByText(ab.empty).count()).toBe(1);

      await page.getByLabel(s.importLabel).setInputFiles(file);
      const preview = page.getByRole('region', { name: s.importPreviewTitle });
      await expect.poll(() => preview.count(), { timeout: 20_000 }).toBe(1);
      expect(await preview.textContent()).toContain(fill(ab.importPreview, { total: n(CONNECTIONS), added: n(CONNECTIONS), merged: 0 }));
      // E-mail addresses are offered, not kept by default; a file this long is not offered for the map all at once.
      expect(await preview.getByRole('checkbox', { name: new RegExp(ab.keepEmails.split(' (')[0]!) }).isChecked()).toBe(false);
      expect(await preview.getByRole('checkbox').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await preview.getByRole('button', { name: s.importConfirm }).click();
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: fill(ab.importDone, { added: n(CONNECTIONS), merged: 0 }) })
            .count(),
        )
        .toBeGreaterThan(0);

      // Everyone is in the address book, nobody on the map, and no e-mail address was kept.
      await expect.poll(() => page.getByText(fill(ab.count, { n: n(CONNECTIONS) })).count()).toBe(1);
      expect(await mapNames(page)).toEqual([]);
      const book = (await stored(page, 'addressBook')) as { people: unknown[] };
      expect(book.people).toHaveLength(CONNECTIONS);
      expect(JSON.stringify(book)).not.toContain('@example.dk');

      // Only a page of results is drawn, however many match.
      const list = page.getByRole('list', { name: ab.listLabel });
      expect(await list.getByRole('listitem').count()).toBeLessThan(CONNECTIONS / 10);
      expect(await list.textContent()).toContain(ab.connectedSince.split(' {')[0]);

      // Nine chosen from a search and put on the map together; the search ignores case and Danish letters.
      await page.getByLabel(ab.search).fill('jensen');
      await expect.poll(() => list.getByRole('listitem').first().textContent()).toContain(full(0));
      for (let i = 0; i < 9; i++) await list.getByRole('checkbox', { name: full(i), exact: true }).check();
      await page.getByRole('button', { name: ab.addSelected }).click();
      await expect.poll(() => mapNames(page)).toHaveLength(9);
      // One more by its own button, found by a company filter and a search spelled without ø.
      await page.getByLabel(ab.search).fill('ostergaard');
      const person = full(480);
      await page.getByRole('button', { name: `${ab.add} ${person}` }).click();
      await expect.poll(() => mapNames(page)).toHaveLength(10);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: fill(ab.added, { name: person }) })
          .count(),
      ).toBeGreaterThan(0);
      expect((await mapPerson(page, person))?.contexts).toEqual(['online']);
      expect(await list.getByRole('listitem').first().textContent()).toContain(ab.onMap);
      // The address book itself (the drawn map's labels are checked by the map's own tests).
      expect(await axeViolations(page, '.cm-book')).toEqual([]);

      // Recall: typing a name offers the address book's person, with their company, under this context.
      await page.reload();
      await expect.poll(() => page.getByLabel(s.recallName, { exact: true }).isEnabled()).toBe(true);
      await expect.poll(() => mapNames(page)).toHaveLength(10);
      const karen = full(570);
      expect(karen).toBe('Karen A. Bøgh');
      // The name field is a combobox: driven by the keyboard alone, focus staying in the field.
      const name = page.getByRole('combobox', { name: s.recallName });
      await name.pressSequentially('karen boegh');
      // The address book's code loads after hydration: on a busy machine the list opens a moment later.
      await expect.poll(() => name.getAttribute('aria-expanded')).toBe('true');
      const offered = page.getByRole('listbox', { name: ab.suggestions });
      await expect.poll(() => offered.getByRole('option').count()).toBe(1);
      expect(await name.getAttribute('aria-controls')).toBe(await offered.getAttribute('id'));
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: fill(ab.suggestionsCount, { n: 1 }) })
          .count(),
      ).toBe(1);
      expect(await name.getAttribute('aria-activedescendant')).toBeNull();
      await name.press('ArrowDown');
      const option = offered.getByRole('option', { name: new RegExp(`^${karen}, `) });
      expect(await option.getAttribute('aria-selected')).toBe('true');
      expect(await name.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
      expect(await axeViolations(page, '.cm-recall')).toEqual([]);
      // Escape closes the list without picking; the arrow key opens it again.
      await name.press('Escape');
      expect(await name.getAttribute('aria-expanded')).toBe('false');
      expect(await offered.count()).toBe(0);
      expect(await name.inputValue()).toBe('karen boegh');
      await name.press('ArrowDown');
      await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
      await name.press('Enter');
      await expect.poll(() => mapNames(page)).toHaveLength(11);
      const onMap = await mapPerson(page, karen);
      expect(onMap?.contexts).toEqual(['colleagues']);
      expect(onMap?.organisation).not.toBe('');
      expect(await name.inputValue()).toBe('');
      expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await name.getAttribute('aria-expanded')).toBe('false');
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: fill(ab.picked, { name: karen, context: s.contextsShort.colleagues.toLowerCase() }) })
          .count(),
      ).toBe(1);

      // Off the map again (through the table's details), and still in the address book, ready to be put back.
      await page.getByRole('button', { name: fill(s.detailsFor, { name: karen }) }).click();
      await page.getByRole('button', { name: fill(s.remove, { name: karen }) }).click();
      await expect.poll(() => mapNames(page)).toHaveLength(10);
      expect(((await stored(page, 'addressBook')) as { people: unknown[] }).people).toHaveLength(CONNECTIONS);
      await page.getByLabel(ab.search).fill(karen);
      await expect.poll(() => page.getByRole('button', { name: `${ab.add} ${karen}` }).count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('says so before anything is written when the browser’s storage cannot hold the file', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await expect.poll(() => page.getByLabel(s.recallName, { exact: true }).isEnabled()).toBe(true);
      await page.getByLabel(s.recallName, { exact: true }).fill('Kim');
      await page.getByLabel(s.recallName, { exact: true }).press('Enter');
      await expect.poll(() => mapNames(page)).toEqual(['Kim']);
      // Fill the site's storage until it refuses, then free a little: room for a small change, not for the file.
      await fillStorageNearly(page);
      await page.getByLabel(s.importLabel).setInputFiles(file);
      const preview = page.getByRole('region', { name: s.importPreviewTitle });
      await expect.poll(() => preview.count(), { timeout: 20_000 }).toBe(1);
      await preview.getByRole('button', { name: s.importConfirm }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(ab.storageFull.split(':')[0]);
      expect(await stored(page, 'addressBook')).toBeNull();
      expect(await mapNames(page)).toEqual(['Kim']);
      expect(await page.getByText(ab.empty).count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('refuses a file over the size limit, saying both sizes, and changes nothing', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await expect.poll(() => page.getByLabel(s.recallName, { exact: true }).isEnabled()).toBe(true);
      await startScrolling(page);
      const limit = 16 * 1024 * 1024;
      const size = limit + 1024 * 1024;
      await page
        .getByLabel(s.importLabel)
        .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.alloc(size, 'a') });
      const reason = fill(s.importTooBig, formatSizeAgainstLimit(size, limit, p.lang));
      await expect.poll(() => page.getByRole('alert').filter({ hasText: reason }).count()).toBe(1);
      expect(await page.getByRole('alert').filter({ hasText: reason }).textContent()).toBe(fill(s.importProblem, { reason }));
      expect(await page.getByRole('region', { name: s.importPreviewTitle }).count()).toBe(0);
      expect(await stored(page, 'addressBook')).toBeNull();
      expect(await mapNames(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('fits a 320 px screen with a long name in the address book, and puts a short file on the map at once when asked', async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await expect.poll(() => page.getByLabel(s.recallName, { exact: true }).isEnabled()).toBe(true);
      await startScrolling(page);
      const long = 'x'.repeat(110);
      const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,${long},,ada@example.dk,${long},CTO,12 Mar 2024\nBo,Berg,,,Firma,,01 Jan 2020\n`;
      await page.getByLabel(s.importLabel).setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      const preview = page.getByRole('region', { name: s.importPreviewTitle });
      await expect.poll(() => preview.count()).toBe(1);
      await preview.getByRole('checkbox', { name: fill(ab.addAllToMap, { n: 2 }) }).check();
      await preview.getByRole('checkbox', { name: fill(ab.keepEmails, { n: 1 }) }).check();
      await preview.getByRole('button', { name: s.importConfirm }).click();
      await expect.poll(() => mapNames(page)).toHaveLength(2);
      expect(JSON.stringify(await stored(page, 'addressBook'))).toContain('ada@example.dk');
      await page.getByLabel(ab.search).fill('ada');
      await expect.poll(() => page.getByRole('list', { name: ab.listLabel }).getByRole('listitem').count()).toBe(1);
      // The address book and its long name stay inside the screen (the map and the table are measured elsewhere).
      const right = await page.evaluate(() =>
        Math.max(...[...document.querySelectorAll('.cm-book, .cm-book *')].map((el) => el.getBoundingClientRect().right)),
      );
      expect(right).toBeLessThanOrEqual(320);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
