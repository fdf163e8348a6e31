import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myDataStrings } from '../../src/i18n/islands/myData';
import { fillStorageNearly } from './fill-storage';
import { axeViolations, baseURL, launch, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const person = (id: string, name: string, more: Record<string, unknown> = {}) => ({
  id,
  name,
  contexts: ['online'],
  closeness: null,
  roles: [],
  connector: false,
  peer: false,
  lastContact: null,
  nextStep: '',
  notes: '',
  organisation: '',
  position: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...more,
});

/** A backup file of this format version holding these stores. */
const backup = (formatVersion: number, stores: Record<string, unknown>) =>
  JSON.stringify({
    format: 'netvaerkskompasset-backup',
    formatVersion,
    app: { name: 'Netværkskompasset', version: '0.1.0' },
    exportedAt: '2026-01-01T00:00:00.000Z',
    stores,
  });

/** A backup from before the address book: a typed-in person, a rated import and two unrated imports on the map. */
const oldBackup = backup(1, {
  contactMap: {
    version: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    data: {
      goal: { kind: 'job', text: '', purpose: null },
      people: {
        a: person('a', 'Typed In', { contexts: ['colleagues'] }),
        b: person('b', 'Rated Import', { organisation: 'Firma A/S', closeness: 'close' }),
        c: person('c', 'Karen Bøgh', { organisation: 'Aarhus Kommune' }),
        d: person('d', 'Ib Holm', { position: 'Lektor' }),
      },
      order: ['a', 'b', 'c', 'd'],
    },
  },
});

/** My data in this language, its file field ready. */
async function openMyData(lang: 'da' | 'en') {
  const s = myDataStrings[lang];
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(`${baseURL()}${lang === 'da' ? '/mine-data/' : '/en/my-data/'}`);
  const input = page.getByLabel(s.importLabel);
  await expect.poll(() => input.isEnabled()).toBe(true);
  return { s, context, page, problems, input };
}

describe('a backup from before the address book', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`loads on My data (${lang}), with its unrated imports in the address book and the chosen on the map`, async () => {
      const { s, context, page, problems, input } = await openMyData(lang);
      await input.setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(oldBackup) });
      await expect.poll(() => page.getByRole('heading', { name: s.previewTitle }).count()).toBe(1);
      const preview = page.locator('.my-data__preview');
      expect(
        await preview
          .getByRole('row', { name: new RegExp(s.names.contactMap) })
          .first()
          .textContent(),
      ).toMatch(/2$/);
      expect(await preview.getByRole('row', { name: new RegExp(s.names.addressBook.replace(/[()]/g, '.')) }).textContent()).toMatch(/2$/);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: s.confirmImport }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: s.imported }).count()).toBe(1);
      const stored = await page.evaluate(() => ({
        map: JSON.parse(localStorage.getItem('netvaerkskompasset:contactMap') ?? 'null')?.data,
        book: JSON.parse(localStorage.getItem('netvaerkskompasset:addressBook') ?? 'null')?.data,
      }));
      expect(stored.map.order).toEqual(['a', 'b']);
      expect(stored.book.people.map((p: unknown[]) => p[0])).toEqual(['Karen Bøgh', 'Ib Holm']);
      expect(stored.book.companies).toContain('Aarhus Kommune');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

/** A current backup whose address book is bigger than what is left of the browser's storage. */
const bigBookBackup = (people: number) =>
  backup(2, {
    contactMap: {
      version: 1,
      savedAt: '2026-01-01T00:00:00.000Z',
      data: { goal: { kind: 'job', text: '', purpose: null }, people: { z: person('z', 'Fra Filen') }, order: ['z'] },
    },
    addressBook: {
      version: 1,
      savedAt: '2026-01-01T00:00:00.000Z',
      data: {
        companies: ['', 'Aarhus Kommune'],
        positions: ['', 'Projektleder'],
        people: Array.from({ length: people }, (_, i) => [
          `Person Nummer ${i}`,
          1,
          1,
          19000 + (i % 500),
          1,
          `person.nummer.${i}@example.dk`,
        ]),
      },
    },
  });

describe('an address book in a backup that the browser cannot hold', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`is refused on My data (${lang}) with a message, and nothing in storage changes`, async () => {
      const { s, context, page, problems, input } = await openMyData(lang);
      // Storage nearly full (other sites' data, old drafts): room for a little, not for the file's address book.
      await fillStorageNearly(page);
      const snapshot = () => page.evaluate(() => Object.entries(localStorage).sort(([a], [b]) => a.localeCompare(b)));
      const before = await snapshot();
      await input.setInputFiles({ name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(bigBookBackup(3000)) });
      await expect.poll(() => page.getByRole('heading', { name: s.previewTitle }).count()).toBe(1);
      await page.getByRole('button', { name: s.confirmImport }).click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(s.bookNoRoom.split(':')[0]);
      expect(await alert.textContent()).toContain(s.nothingChanged);
      expect(await page.getByRole('status').filter({ hasText: s.imported }).count()).toBe(0);
      expect(await snapshot()).toEqual(before);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
