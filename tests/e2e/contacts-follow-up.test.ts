import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/i18n/dates';
import { fill } from '../../src/i18n/fill';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { daysBetween, DUE_SHOWN, nextContact } from '../../src/lib/contacts/followUp/rhythm';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { CONTACT_MAP_KEY, contactMapEnvelope, contactMapPages, seededContext } from './contact-map-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = contactMapPages;

/** The machine's local date `days` from today, `YYYY-MM-DD` (the page's "today" is the same machine's). */
function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What kind of person the seeded map holds, how many of each, and whether they are due a contact. */
const groups = [
  { prefix: 'Overdue', count: 4, due: true, rhythm: 'month', roles: [], lastContact: (i: number) => localDay(-60 - i * 10) },
  { prefix: 'Unmet', count: 8, due: true, rhythm: 'none', roles: ['access'], lastContact: () => null },
  { prefix: 'Recent', count: 2, due: false, rhythm: 'year', roles: ['information'], lastContact: () => localDay(-10) },
  { prefix: 'Quiet', count: 10, due: false, rhythm: 'none', roles: [], lastContact: (i: number) => (i % 2 ? null : localDay(-400)) },
] as const;
const dueCount = groups.filter((g) => g.due).reduce((n, g) => n + g.count, 0);

/** 24 people in the stored format (version 2): a few with a rhythm run out, some with a role and no date, most with neither. */
function storedMap(): string {
  const people: Record<string, unknown> = {};
  const order: string[] = [];
  for (const g of groups)
    for (let i = 0; i < g.count; i++) {
      const id = `${g.prefix.toLowerCase()}${i}`;
      const lastContact = g.lastContact(i);
      people[id] = {
        id,
        name: `${g.prefix} ${i}`,
        contexts: ['colleagues'],
        closeness: 'regular',
        roles: [...g.roles],
        connector: false,
        peer: false,
        lastContact,
        nextStep: '',
        notes: '',
        organisation: '',
        position: '',
        rhythm: g.rhythm,
        log: lastContact ? [{ date: lastContact, text: 'Lunch' }] : [],
        updatedAt: '2026-11-01T12:00:00.000Z',
      };
      order.push(id);
    }
  const data = { goal: { kind: 'job', text: '', purpose: null }, people, order, ties: [] };
  return contactMapEnvelope(data);
}

const seeded = (width: number): Promise<BrowserContext> =>
  seededContext(browser, { [CONTACT_MAP_KEY]: storedMap() }, { viewport: { width, height: 900 } });

for (const p of pages) {
  const s = contactStrings[p.lang];
  const section = (page: Page) => page.getByRole('region', { name: s.followTitle });
  const dueRows = (page: Page) => section(page).getByRole('list').getByRole('listitem');
  const dueNames = (page: Page) => dueRows(page).locator('label').allTextContents();
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
  /** The seeded map at `width` px, once the due list is there. */
  async function opened(width: number) {
    const context = await seeded(width);
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + p.path);
    await expect.poll(() => dueRows(page).count()).toBe(DUE_SHOWN);
    return { context, page, problems };
  }

  describe(`staying in touch (${p.lang})`, () => {
    it('lists who is due, most important first, a page at a time, and never anyone with no rhythm and no role', async () => {
      const { context, page, problems } = await opened(1280);

      // People with a role and no date come first, then the longest overdue; never anyone with no rhythm and no role.
      const shown = await dueNames(page);
      expect(shown.slice(0, 8).every((name) => name.startsWith('Unmet'))).toBe(true);
      expect(shown.slice(8)).toEqual(['Overdue 3', 'Overdue 2']);
      expect(await dueRows(page).first().textContent()).toContain(s.habit.noDate);
      const overdueDays = daysBetween(nextContact(localDay(-80), 'month')!, localDay(0));
      expect(await dueRows(page).last().textContent()).toContain(fill(s.habit.overdueDays, { n: overdueDays }));

      await section(page)
        .getByRole('button', { name: fill(s.habit.showAll, { n: dueCount }) })
        .click();
      await expect.poll(() => dueRows(page).count()).toBe(dueCount);
      expect((await dueNames(page)).filter((name) => name.startsWith('Quiet') || name.startsWith('Recent'))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('puts someone on the list when their rhythm is set, and off it with a log line when marked contacted', async () => {
      const { context, page, problems } = await opened(1280);
      await section(page)
        .getByRole('button', { name: fill(s.habit.showAll, { n: dueCount }) })
        .click();

      // A rhythm set in the person's details puts someone long unheard of on the list, with the date it ran out in words.
      await page.getByRole('button', { name: fill(s.detailsFor, { name: 'Quiet 0' }) }).click();
      await page.getByLabel(s.habit.rhythm, { exact: true }).selectOption('quarter');
      const ranOut = fill(s.habit.nextPast, { date: formatDay(nextContact(localDay(-400), 'quarter')!, p.lang) });
      await expect.poll(() => page.getByText(ranOut).count()).toBe(1);
      await expect.poll(() => dueNames(page)).toContain('Quiet 0');

      // "Contacted today" adds a line to the log, and they leave the list.
      await section(page)
        .getByRole('button', { name: `${s.contactedToday}: Quiet 0` })
        .click();
      await expect.poll(() => dueNames(page)).not.toContain('Quiet 0');
      const log = page.getByRole('region', { name: s.habit.log });
      const entries = log.locator('.cm-log__entry');
      await expect.poll(() => entries.first().textContent()).toBe(`${formatDay(localDay(0), p.lang)} ${s.habit.logContacted}`);
      expect(await entries.nth(1).textContent()).toBe(`${formatDay(localDay(-400), p.lang)} Lunch`);
      expect(await page.getByText(fill(s.habit.next, { date: formatDay(nextContact(localDay(0), 'quarter')!, p.lang) })).count()).toBe(1);

      // A line of one's own, added with Enter, and removed again; each said in the log's status message.
      await log.getByLabel(s.habit.logText).fill('Coffee about the new team');
      await log.getByLabel(s.habit.logText).press('Enter');
      await expect.poll(() => entries.count()).toBe(3);
      expect(await log.getByRole('status').textContent()).toBe(fill(s.habit.logAdded, { date: formatDay(localDay(0), p.lang) }));
      await log
        .getByRole('button', { name: fill(s.habit.logRemove, { date: formatDay(localDay(0), p.lang), text: 'Coffee about the new team' }) })
        .click();
      await expect.poll(() => entries.count()).toBe(2);
      expect(await log.getByRole('status').textContent()).toBe(fill(s.habit.logRemoved, { date: formatDay(localDay(0), p.lang) }));
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('downloads one reminder per person, repeating at their rhythm, that a real calendar parser reads', async () => {
      const { context, page, problems } = await opened(1280);
      await section(page)
        .getByLabel(fill(s.followChoose, { name: 'Overdue 3' }))
        .check();
      await section(page)
        .getByLabel(fill(s.followChoose, { name: 'Unmet 0' }))
        .check();
      const picked = localDay(10);
      await section(page).getByLabel(s.followDate).fill(picked);
      const download = page.waitForEvent('download');
      await section(page).getByRole('button', { name: s.followIcs }).click();
      const text = readFileSync(await (await download).path(), 'utf8');
      const calendar = new ICAL.Component(ICAL.parse(text));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const bySummary = new Map(events.map((e) => [e.summary, e]));
      expect(events).toHaveLength(2);
      // The overdue one repeats monthly from the day picked (a reminder in the past would never ring); the other rings once.
      const overdue = bySummary.get(fill(s.icsSummary, { name: 'Overdue 3' }))!;
      expect(overdue.isRecurring()).toBe(true);
      expect(overdue.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY');
      expect(overdue.startDate.toString()).toBe(picked);
      const unmet = bySummary.get(fill(s.icsSummary, { name: 'Unmet 0' }))!;
      expect(unmet.isRecurring()).toBe(false);
      expect(unmet.startDate.toString()).toBe(picked);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('prints the whole due list with dates in words', async () => {
      const { context, page, problems } = await opened(1280);
      await page.emulateMedia({ media: 'print' });
      const printed = section(page).getByRole('table');
      await expect.poll(() => printed.isVisible()).toBe(true);
      expect(await section(page).getByRole('list').isVisible()).toBe(false);
      // Everyone due, not only the first page of them.
      expect(await printed.locator('tbody tr').count()).toBe(dueCount);
      const words = await printed.innerText();
      expect(words).toContain(formatDay(localDay(-60), p.lang));
      expect(words).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'screen' });
      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps the list short and the page narrow on a 375 px phone, and sets a rhythm in the person sheet', async () => {
      const { context, page, problems } = await opened(375);
      // Two short lines a person, not a column of buttons.
      const heights = await dueRows(page).evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
      expect(Math.max(...heights)).toBeLessThan(100);
      expect(await pageWidth(page)).toBeLessThanOrEqual(375);

      await page.locator('.cm-card').filter({ hasText: 'Recent 0' }).click();
      const sheet = page.getByRole('dialog');
      await sheet.getByLabel(s.habit.rhythm, { exact: true }).selectOption('twoWeeks');
      // Ten days ago plus two weeks: four days from now, in words.
      await expect.poll(() => sheet.getByText(fill(s.habit.next, { date: formatDay(localDay(4), p.lang) })).count()).toBe(1);
      expect(await pageWidth(page)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
