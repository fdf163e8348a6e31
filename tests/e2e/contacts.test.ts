import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { fill } from '../../src/i18n/fill';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { printedPages } from './pdf';

/** Scroll to the map (it is drawn when the reader gets there); its heading is replaced once the map's code has loaded, so try again until it holds. */
async function toMap(page: import('playwright-core').Page): Promise<void> {
  await expect
    .poll(() =>
      page
        .locator('#cm-map-heading')
        .scrollIntoViewIfNeeded({ timeout: 1000 })
        .then(() => page.locator('svg.cm-map').count())
        .catch(() => 0),
    )
    .toBe(1);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const linkedIn = readFileSync(new URL('../fixtures/contacts/linkedin-connections.csv', import.meta.url));

const pages = [
  { lang: 'da', path: '/oevelser/netvaerkskort/', blank: '/oevelser/netvaerkskort/tomt-kort/' },
  { lang: 'en', path: '/en/exercises/contact-map/', blank: '/en/exercises/contact-map/blank/' },
] as const;

/** Ten people in the first three contexts: four, three and three. */
const recalled = [
  ['Anna', 'Bo', 'Carl Ø.', 'DM'],
  ['Eva', 'Frank', 'Gitte'],
  ['Hans', 'Ida Å.', 'JJ'],
];

for (const p of pages) {
  const s = contactStrings[p.lang];
  const ready = (page: Page) => expect.poll(() => page.getByLabel(s.recallName, { exact: true }).isEnabled()).toBe(true);
  const map = (page: Page) => page.getByRole('group', { name: /./ }).and(page.locator('svg.cm-map'));
  const rows = (page: Page) => page.locator('.cm-table tbody tr.cm-row');
  const cards = (page: Page) => page.locator('.cm-cards .cm-card');
  const tableNames = (page: Page) =>
    rows(page)
      .locator('th input')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  describe(`contact map (${p.lang})`, () => {
    it('recalls ten people by keyboard, rates them by thumb through the person sheet at 375 px, and keeps them after a reload', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('radio', { name: s.goalKinds.job }).focus();
      await page.keyboard.press('Space');
      for (const [i, names] of recalled.entries()) {
        await page.getByLabel(s.recallName, { exact: true }).focus();
        for (const name of names) {
          await page.keyboard.type(name);
          await page.keyboard.press('Enter');
        }
        if (i < recalled.length - 1) {
          await page.getByRole('button', { name: s.nextContext }).focus();
          await page.keyboard.press('Enter');
          // Focus moves to the next context's heading, so the reader hears where they are.
          await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
        }
      }
      // On a phone the people are cards, not a table.
      await expect.poll(() => cards(page).count()).toBe(10);
      expect(await rows(page).count()).toBe(0);
      expect(await page.getByText(fill(s.recallHere, { n: 3 })).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      // Rate all ten through the person sheet, tapping only: closeness, what they can give, then Next person.
      await cards(page).first().click();
      const sheet = page.getByRole('dialog');
      await expect.poll(() => sheet.getByRole('heading', { name: 'Anna' }).count()).toBe(1);
      for (const [i, name] of recalled.flat().entries()) {
        await expect.poll(() => sheet.getByRole('heading', { level: 2 }).textContent()).toBe(name);
        await sheet.getByRole('radio', { name: s.closeness[i % 2 ? 'regular' : 'close'], exact: true }).click();
        await sheet.getByRole('checkbox', { name: s.roles[name === 'Eva' ? 'access' : 'information'], exact: true }).click();
        if (i === 0) {
          // Every control in the sheet is at least 44 × 44 CSS px (the labels carry the tap area of radios and boxes).
          const small = await sheet
            .locator('button, label.choice__option')
            .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length);
          expect(small).toBe(0);
          expect(await axeViolations(page)).toEqual([]);
        }
        await sheet.getByRole('button', { name: s.sheetNext, exact: true }).click();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await sheet.getByRole('button', { name: s.sheetClose, exact: true }).click();
      await expect.poll(() => sheet.count()).toBe(0);

      await page.reload();
      await ready(page);
      expect(await page.getByRole('radio', { name: s.goalKinds.job }).isChecked()).toBe(true);
      await expect.poll(() => cards(page).locator('.cm-card__name').allTextContents()).toEqual(recalled.flat());
      // A card under the pointer (a mouse on a narrow window, or the hover a tap leaves behind) stays readable.
      await cards(page).nth(1).hover();
      expect(await axeViolations(page, '.cm-cards')).toEqual([]);
      // The map is drawn when the reader gets to it.
      await toMap(page);
      const markers = map(page).getByRole('button');
      await expect.poll(() => markers.count()).toBe(10);
      const eva = markers.and(page.getByRole('button', { name: new RegExp(`^Eva: ${s.closeness.close}`) }));
      expect(await eva.getAttribute('aria-label')).toContain(s.roles.access.toLowerCase());
      expect(await eva.getAttribute('data-kind')).toBe('access');
      expect(await map(page).locator('.cm-marker--access').count()).toBe(1);

      // The map is one tab stop; arrow keys move between people and choosing one shows them.
      await markers.first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      expect(await page.locator('.cm-selected').textContent()).toContain(fill(s.selected, { name: '' }).trim());
      // The card is directly under the map on a phone, and focus moved to it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cm-selected-name');
      expect(await axeViolations(page)).toEqual([]);

      // The map prints on the first page and the table after it.
      expect(await printedPages(page)).toBe(2);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('imports a LinkedIn export into the address book after a preview, and a short one onto the map when asked, merging a name that is already there', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page);
      await page.getByLabel(s.recallName, { exact: true }).fill('Åse');
      await page.getByLabel(s.recallName, { exact: true }).press('Enter');
      await expect.poll(() => rows(page).count()).toBe(1);

      await page.getByLabel(s.importLabel).setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: linkedIn });
      const preview = page.getByRole('region', { name: s.importPreviewTitle });
      await expect.poll(() => preview.count()).toBe(1);
      expect(await preview.textContent()).toContain(s.formats.linkedin);
      expect(await preview.textContent()).toContain(fill(s.addressBook.importPreview, { total: 4, added: 4, merged: 0 }));
      // Nothing changes until the reader confirms.
      expect(await rows(page).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await preview.getByRole('checkbox', { name: fill(s.addressBook.addAllToMap, { n: 4 }) }).check();
      await preview.getByRole('button', { name: s.importConfirm }).click();
      await expect.poll(() => rows(page).count()).toBe(4);
      expect(
        await page
          .getByRole('status')
          .filter({ hasText: fill(s.addressBook.importDoneMap, { added: 4, merged: 0, onMap: 3 }) })
          .count(),
      ).toBeGreaterThan(0);
      expect(await tableNames(page)).toContain('Mette Frederiksen-Holm');
      expect(await page.getByText(fill(s.addressBook.count, { n: 4 })).count()).toBe(1);
      // The file section is at the foot of the page: it shows the way to the address book.
      await page.getByRole('link', { name: s.addressBook.goToBook }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#cm-book-heading');
      expect(await page.getByRole('heading', { name: s.addressBook.title }).isVisible()).toBe(true);

      // A file that is no contact list changes nothing and says why.
      await page
        .getByLabel(s.importLabel)
        .setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('Farve;Antal\nrød;3\n') });
      await expect.poll(() => page.getByRole('alert').textContent()).toContain(s.parseErrors.noNameColumn);
      expect(await rows(page).count()).toBe(4);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('exports everything, deletes all after confirmation, and the file brings everyone back', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page);
      for (const name of ['Kim', 'Lis', 'Mads']) {
        await page.getByLabel(s.recallName, { exact: true }).fill(name);
        await page.getByLabel(s.recallName, { exact: true }).press('Enter');
      }
      await expect.poll(() => rows(page).count()).toBe(3);
      await page
        .getByLabel(fill(s.cellLabel, { field: s.col.nextStep, name: 'Lis' }))
        .fill(p.lang === 'da' ? 'virtuel kaffe' : 'virtual coffee');
      await page.getByLabel(fill(s.cellLabel, { field: s.col.nextStep, name: 'Lis' })).press('Enter');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: s.exportJson }).click();
      const file = await (await download).path();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        format: 'netvaerkskompasset-backup',
        stores: { contactMap: { data: { order: [expect.any(String), expect.any(String), expect.any(String)] } } },
      });

      await page.getByRole('button', { name: s.deleteAll }).click();
      await page.getByRole('button', { name: s.deleteConfirm }).click();
      await expect.poll(() => rows(page).count()).toBe(0);
      await page.reload();
      await ready(page);
      expect(await rows(page).count()).toBe(0);

      await page.getByLabel(s.importLabel).setInputFiles(file);
      await page.getByRole('region', { name: s.importPreviewTitle }).getByRole('button', { name: s.importConfirm }).click();
      await expect.poll(() => tableNames(page)).toEqual(['Kim', 'Lis', 'Mads']);
      expect(await page.getByLabel(fill(s.cellLabel, { field: s.col.nextStep, name: 'Lis' })).inputValue()).toBe(
        p.lang === 'da' ? 'virtuel kaffe' : 'virtual coffee',
      );
      expect(problems).toEqual([]);
      await context.close();
    });

    it('downloads calendar reminders for the people chosen for follow-up', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.path);
      await ready(page);
      for (const name of ['Nina', 'Ole']) {
        await page.getByLabel(s.recallName, { exact: true }).fill(name);
        await page.getByLabel(s.recallName, { exact: true }).press('Enter');
      }
      // Only people due a contact are listed: Ole can open a door for the goal and has no date yet; Nina has neither.
      await page.getByLabel(fill(s.cellLabel, { field: s.roles.access, name: 'Ole' })).check();
      expect(await page.getByLabel(fill(s.followChoose, { name: 'Nina' })).count()).toBe(0);
      await page.getByLabel(fill(s.followChoose, { name: 'Ole' })).check();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: s.followIcs }).click();
      const ics = readFileSync(await (await download).path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(ics).toContain(fill(s.icsSummary, { name: 'Ole' }));
      expect(ics).not.toContain('Nina');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('has a blank map sheet on one A4 page', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(baseURL() + p.blank);
      expect(await page.getByRole('img', { name: s.blankTitle }).count()).toBe(1);
      expect(await printedPages(page)).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  });
}
