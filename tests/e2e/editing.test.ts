import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { groupStrings } from '../../src/i18n/islands/group';
import { storageStrings } from '../../src/i18n/islands/storage';
import { limits } from '../../src/lib/contacts/types';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { contactMapReady } from './contact-map-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = [
  { lang: 'da', map: '/oevelser/netvaerkskort/', group: '/oevelser/gruppens-formaal/', locale: 'da-DK' },
  { lang: 'en', map: '/en/exercises/contact-map/', group: '/en/exercises/group-purpose/', locale: 'en-GB' },
] as const;

/** Reload at once (well within the 500 ms a field waits before saving): only the save on pagehide can keep the text. */
const reloadNow = (page: Page) => page.reload();

for (const p of pages) {
  const c = contactStrings[p.lang];
  const g = groupStrings[p.lang];
  const st = storageStrings[p.lang];
  const mapReady = (page: Page) => contactMapReady(page, c.recallName);
  const notes = (page: Page) => page.getByLabel(c.notes, { exact: true });

  /** The contact map with one person, Anna, and her details open. */
  async function mapWithAnna(context: BrowserContext) {
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + p.map);
    await mapReady(page);
    const name = page.getByLabel(c.recallName, { exact: true });
    if ((await page.getByLabel(fill(c.detailsFor, { name: 'Anna' })).count()) === 0) {
      await name.fill('Anna');
      await name.press('Enter');
    }
    await page.getByLabel(fill(c.detailsFor, { name: 'Anna' })).click();
    return { page, problems };
  }

  describe(`typing is saved without leaving the field (${p.lang})`, () => {
    it('keeps the contact map’s goal, a person’s note and a name not yet added through an immediate reload', async () => {
      // 640 px: the narrowest screen with the table (under 600 px a phone gets cards and the person sheet, tested in contacts.test.ts).
      const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
      const { page, problems } = await mapWithAnna(context);
      await page.getByLabel(c.recallName, { exact: true }).click();
      await page.keyboard.type('Bo Ø');
      await page.locator('#cm-goal-text').click();
      await page.keyboard.type('Et job i Aarhus');
      await reloadNow(page);
      await mapReady(page);
      expect(await page.locator('#cm-goal-text').inputValue()).toBe('Et job i Aarhus');
      expect(await page.getByLabel(c.recallName, { exact: true }).inputValue()).toBe('Bo Ø');

      await page.getByLabel(fill(c.detailsFor, { name: 'Anna' })).click();
      await notes(page).click();
      await page.keyboard.type('Ring efter sommerferien');
      // The save line says the truth while a field waits to be saved.
      await expect.poll(() => page.getByRole('status').filter({ hasText: st.saving }).count()).toBe(1);
      await reloadNow(page);
      await mapReady(page);
      await page.getByLabel(fill(c.detailsFor, { name: 'Anna' })).click();
      expect(await notes(page).inputValue()).toBe('Ring efter sommerferien');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps the group worksheet’s answers and a check-in note not yet saved through an immediate reload', async () => {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + p.group);
      await expect.poll(() => page.getByLabel(g.newName, { exact: true }).first().isEnabled()).toBe(true);
      await page.getByLabel(g.newName, { exact: true }).first().fill('Aalborg');
      await page.getByRole('button', { name: g.create }).click();
      const purpose = page.getByLabel(g.fields.text, { exact: true });
      const note = page.getByLabel(g.checkInNote, { exact: true });
      // The vitality check is an island of its own that wakes up when it scrolls into view.
      await page.getByRole('heading', { name: g.vitalityTitle }).scrollIntoViewIfNeeded();
      await expect.poll(() => note.isEnabled()).toBe(true);
      await note.click();
      await page.keyboard.type('Alle var der');
      await purpose.click();
      await page.keyboard.type('Vi deler erfaringer');
      await reloadNow(page);
      await expect.poll(() => purpose.inputValue()).toBe('Vi deler erfaringer');
      await page.getByRole('heading', { name: g.vitalityTitle }).scrollIntoViewIfNeeded();
      await expect.poll(() => note.inputValue()).toBe('Alle var der');
      expect(problems).toEqual([]);
      await context.close();
    });
  });

  describe(`no silent conflict, no silent cut (${p.lang})`, () => {
    it('shows both texts when another tab saves the note this tab is typing, and saves only what the reader chooses', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const first = await mapWithAnna(context);
      const second = await mapWithAnna(context);
      await notes(first.page).fill('Mit udkast');
      // The other tab saves its text (leaving the field saves at once) before this tab's pause is over.
      await notes(second.page).fill('Den anden tekst');
      await notes(second.page).press('Tab');

      const conflict = first.page.getByRole('group', { name: st.fieldConflictTitle });
      await expect.poll(() => conflict.isVisible()).toBe(true);
      expect(await notes(first.page).inputValue()).toBe('Mit udkast');
      expect(await conflict.textContent()).toContain('Mit udkast');
      expect(await conflict.textContent()).toContain('Den anden tekst');
      // Checked where the conflict is shown (the wide table around it is the contact map issue's to fit).
      expect(await axeViolations(first.page, '.cm-details')).toEqual([]);
      // Nothing is saved while the reader has not chosen.
      await first.page.waitForTimeout(1200);
      expect(await notes(second.page).inputValue()).toBe('Den anden tekst');

      await conflict.getByRole('button', { name: st.fieldKeepMine }).click();
      await expect.poll(() => notes(second.page).inputValue()).toBe('Mit udkast');
      expect(await conflict.count()).toBe(0);
      expect([...first.problems, ...second.problems]).toEqual([]);
      await context.close();
    });

    it('keeps 10,000 pasted characters on screen with a message instead of cutting them', async () => {
      const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
      const { page, problems } = await mapWithAnna(context);
      const long = 'x'.repeat(10_000);
      await notes(page).fill(long);
      const n = (x: number) => x.toLocaleString(p.locale);
      const message = fill(st.fieldOverLimit, { length: n(10_000), limit: n(limits.notes), excess: n(10_000 - limits.notes) });
      await expect.poll(() => page.getByRole('alert').filter({ hasText: message }).count()).toBe(1);
      expect((await notes(page).inputValue()).length).toBe(10_000);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      expect(await axeViolations(page)).toEqual([]);
      // Not saved: after a reload the note is as it was.
      await notes(page).press('Tab');
      await reloadNow(page);
      await mapReady(page);
      await page.getByLabel(fill(c.detailsFor, { name: 'Anna' })).click();
      expect(await notes(page).inputValue()).toBe('');
      expect(problems).toEqual([]);
      await context.close();
    });
  });

  describe(`imports say exactly what they do (${p.lang})`, () => {
    it('reads vCards with escaped quotes, commas and line breaks as the phone wrote them, notes kept when put on the map', async () => {
      const context = await browser.newContext();
      const { page, problems } = await mapWithAnna(context);
      // Two exporters' quirks: a backslash before quotes (\"), and escaped commas and line breaks.
      const vcf = [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Karen Bøgh',
        'ORG:Aarhus Kommune\\, Teknik og Miljø',
        'NOTE:Sagde \\"AS IS\\" om aftalen\\nRing i marts',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Jens Ø. Holm',
        'TITLE:Leder\\; projekter',
        'END:VCARD',
        '',
      ].join('\r\n');
      await page.getByLabel(c.importLabel).setInputFiles({ name: 'kontakter.vcf', mimeType: 'text/vcard', buffer: Buffer.from(vcf) });
      const preview = page.getByRole('region', { name: c.importPreviewTitle });
      await expect.poll(() => preview.count()).toBe(1);
      // A short file goes to the address book, and on the map too when the reader asks: with its notes.
      await preview.getByLabel(fill(c.addressBook.addAllToMap, { n: 2 })).check();
      await preview.getByRole('button', { name: c.importConfirm }).click();
      await page.getByLabel(fill(c.detailsFor, { name: 'Karen Bøgh' })).click();
      expect(await page.getByLabel(c.organisation, { exact: true }).inputValue()).toBe('Aarhus Kommune, Teknik og Miljø');
      expect(await notes(page).inputValue()).toBe('Sagde "AS IS" om aftalen\nRing i marts');
      await page.getByLabel(fill(c.detailsFor, { name: 'Jens Ø. Holm' })).click();
      expect(await page.getByLabel(c.position, { exact: true }).inputValue()).toBe('Leder; projekter');
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
