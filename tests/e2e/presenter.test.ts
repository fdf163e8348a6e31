import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { presenterStrings } from '../../src/i18n/islands/presenter';
import { routes } from '../../src/i18n/routes';
import { workshopPlans } from '../../src/lib/workshop/plans';
import { axeViolations, baseURL, launch, watchedPage } from './browser';

/** Astro drops an island's `ssr` attribute once it has hydrated: keys pressed before that would be lost. */
const hydrated = (page: Page) => page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

for (const lang of ['da', 'en'] as const) {
  const s = presenterStrings[lang];
  describe(`presenter view (${lang})`, () => {
    it('steps through the 90-minute plan by keyboard with a fake clock, showing the right step and time left', async () => {
      const plan = workshopPlans[lang].short;
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const { page, problems } = await watchedPage(context);
      await page.clock.install({ time: new Date('2026-03-01T09:00:00') });
      await page.goto(baseURL() + routes.presentShort[lang]);
      const title = page.locator('#presenter-step');
      const clock = page.getByTestId('clock');
      const left = page.getByTestId('plan-left');
      await expect.poll(() => page.getByRole('button', { name: s.start }).isVisible()).toBe(true);
      await hydrated(page);
      // The step title is readable from the back of the room.
      expect(await title.evaluate((h) => parseFloat(getComputedStyle(h).fontSize))).toBeGreaterThanOrEqual(48);
      expect(await title.textContent()).toBe(plan.steps[0]!.title);
      expect(await clock.textContent()).toContain('5:00');
      // The buttons are on the first screen of a 1280 × 720 projector, under the clock, without scrolling.
      const start = (await page.getByRole('button', { name: s.start }).boundingBox())!;
      expect(start.y + start.height).toBeLessThanOrEqual(720);
      expect(start.y).toBeGreaterThan((await clock.boundingBox())!.y);
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('Space');
      await page.clock.runFor(2 * 60_000);
      await expect.poll(() => clock.textContent()).toContain('3:00');
      expect(await left.textContent()).toBe(fill(s.planLeft, { m: 88, total: 90 }));
      // Past the end of the step: a quiet signal on screen.
      await page.clock.runFor(3 * 60_000 + 10_000);
      await expect.poll(() => page.locator('.presenter--ended').count()).toBe(1);
      expect(await page.getByRole('status').filter({ hasText: plan.steps[0]!.title }).textContent()).toBe(
        fill(s.stepEnded, { title: plan.steps[0]!.title }),
      );
      expect(await clock.textContent()).toContain('-0:10');
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => title.textContent()).toBe(plan.steps[1]!.title);
      expect(await page.getByTestId('next').textContent()).toContain(plan.steps[2]!.title);
      await page.clock.runFor(60_000);
      await expect.poll(() => clock.textContent()).toContain('9:00');
      // 90 minutes less the first step's 5 and one of the second's 10.
      expect(await left.textContent()).toBe(fill(s.planLeft, { m: 84, total: 90 }));
      await page.keyboard.press('Space'); // pause
      await page.clock.runFor(5 * 60_000);
      expect(await clock.textContent()).toContain('9:00');
      await page.keyboard.press('+');
      await expect.poll(() => clock.textContent()).toContain('10:00');

      await page.keyboard.press('End');
      await expect.poll(() => title.textContent()).toBe(plan.steps.at(-1)!.title);
      expect(await left.textContent()).toBe(fill(s.planLeft, { m: plan.steps.at(-1)!.minutes, total: 90 }));
      expect(await page.getByTestId('next').textContent()).toBe(s.lastStep);
      await page.keyboard.press('Home');
      await expect.poll(() => title.textContent()).toBe(plan.steps[0]!.title);
      await page.keyboard.press('ArrowLeft');
      expect(await title.textContent()).toBe(plan.steps[0]!.title);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('keeps its step, time left and running clock through a reload mid-step, and a paused clock paused', async () => {
      const plan = workshopPlans[lang].short;
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const { page, problems } = await watchedPage(context);
      await page.clock.install({ time: new Date('2026-03-01T09:00:00') });
      await page.goto(baseURL() + routes.presentShort[lang]);
      await hydrated(page);
      const title = page.locator('#presenter-step');
      const clock = page.getByTestId('clock');
      // Each key once the view has answered the last (the page's listener starts just after hydration).
      for (const step of [1, 2]) {
        await expect
          .poll(async () => {
            if ((await title.textContent()) !== plan.steps[step]!.title) await page.keyboard.press('ArrowRight');
            return title.textContent();
          })
          .toBe(plan.steps[step]!.title);
      }
      const full = plan.steps[2]!.minutes * 60;
      // Seconds left on the clock. The fake clock also moves with real time, so allow a few seconds for a slow machine.
      const left = async () => {
        const [m, sec] = (await page.locator('.presenter__time').textContent())!.split(':').map(Number);
        return m! * 60 + sec!;
      };
      await page.keyboard.press('Space');
      await page.clock.runFor(2 * 60_000);
      await expect.poll(left).toBeLessThanOrEqual(full - 120);
      expect(await left()).toBeGreaterThan(full - 140);

      await page.reload();
      await hydrated(page);
      await expect.poll(() => title.textContent()).toBe(plan.steps[2]!.title);
      expect(await page.getByRole('button', { name: s.pause }).isVisible()).toBe(true);
      // Still running, counted from the wall clock: two minutes gone before the reload, one more after.
      await page.clock.runFor(60_000);
      await expect.poll(left).toBeLessThanOrEqual(full - 180);
      expect(await left()).toBeGreaterThan(full - 210);

      await page.keyboard.press('Space'); // pause
      await expect.poll(() => page.getByRole('button', { name: s.resume }).isVisible()).toBe(true);
      await page.reload();
      await hydrated(page);
      await expect.poll(() => page.getByRole('button', { name: s.resume }).isVisible()).toBe(true);
      const paused = await clock.textContent();
      await page.clock.runFor(5 * 60_000);
      expect(await clock.textContent()).toBe(paused);
      expect(await left()).toBeGreaterThan(full - 240);
      expect(await title.textContent()).toBe(plan.steps[2]!.title);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('has large buttons on a phone, and a notes view with the talking points of each step', async () => {
      const plan = workshopPlans[lang].long;
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + routes.presentLong[lang]);
      await expect.poll(() => page.getByRole('button', { name: s.start }).isEnabled()).toBe(true);
      await hydrated(page);
      const box = await page.getByRole('button', { name: s.start }).boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(48);
      await page.getByRole('button', { name: s.next }).click();
      await expect.poll(() => page.locator('#presenter-step').textContent()).toBe(plan.steps[1]!.title);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      expect(wide).toBe(false);

      await page.goto(baseURL() + routes.notesLong[lang]);
      await expect.poll(() => page.getByRole('heading', { level: 2, name: plan.steps[0]!.title }).count()).toBe(1);
      await hydrated(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const talk = plan.steps[3]!;
      expect(talk.talk).toBe(true);
      await expect.poll(() => page.getByRole('heading', { level: 2, name: talk.title }).count()).toBe(1);
      expect(await page.locator('.notes__points li').allTextContents()).toEqual([...talk.notes]);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}
