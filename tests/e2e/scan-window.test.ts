import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { groupStrings } from '../../src/i18n/islands/group';
import { roomStrings } from '../../src/i18n/islands/room';
import { quizItems } from '../../src/lib/quiz/bank';
import type { Purpose } from '../../src/lib/quiz/types';
import { decodeShareCode } from '../../src/lib/quiz/share';
import { tallyRoom } from '../../src/lib/workshop/room';
import { axeViolations, baseURL, launch, watchedPage } from './browser';
import { lumaFrame, y4mVideo } from './fake-camera';

/**
 * Issue 17's "done when": QR codes shown on the participants' screens in one browser are captured from
 * those pages (screenshots), made into a video, and scanned by the facilitator's scanner in a second
 * browser through Chromium's fake camera, as a laptop camera would see phones held up in the room.
 */

const quiz = { path: '/oevelser/hvad-vil-du/', next: 'Næste', review: 'Tjek dine svar', seeResult: 'Se dit resultat' };

/** One participant takes the quiz, picking the answer `pick(i)` says for question i, and shows their result's QR code. */
async function quizQr(browser: Browser, pick: (i: number) => Purpose): Promise<{ code: string; png: Buffer }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto(baseURL() + quiz.path);
  await expect.poll(() => page.getByRole('radio').first().isEnabled()).toBe(true);
  for (let i = 0; i < quizItems.length; i++) {
    await page.getByRole('radio', { name: quizItems[i]!.options[pick(i)].da, exact: true }).check();
    await page.getByRole('button', { name: i === quizItems.length - 1 ? quiz.review : quiz.next }).click();
  }
  await page.getByRole('button', { name: quiz.seeResult }).click();
  await expect.poll(() => page.locator('.quiz__qr-code svg').count()).toBe(1);
  const code = (await page.locator('.quiz__code').textContent())!;
  const png = await page.locator('.quiz__qr-code').screenshot();
  await context.close();
  return { code, png };
}

const group = groupStrings.en;
const groupPath = '/en/exercises/group-purpose/';

async function createSheet(page: Page, name: string) {
  await expect.poll(() => page.getByLabel(group.newName, { exact: true }).first().isEnabled()).toBe(true);
  await page.getByLabel(group.newName, { exact: true }).first().fill(name);
  await page.getByRole('button', { name: group.create }).click();
  await expect.poll(() => page.getByRole('heading', { name: group.vitalityTitle }).count()).toBe(1);
}

/** A member gives their own marks on their phone and shows the QR code. */
async function vitalityQr(browser: Browser, marks: readonly number[]): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(baseURL() + groupPath);
  await createSheet(page, 'My phone');
  const details = page.locator('details.phone-marks');
  await details.scrollIntoViewIfNeeded();
  await expect.poll(() => page.getByRole('button', { name: group.saveCheckIn }).isEnabled()).toBe(true);
  await page.getByText(group.phoneTitle).click();
  const groups = details.locator('.rating');
  for (let i = 0; i < 5; i++)
    await groups
      .nth(i)
      .getByRole('radio', { name: String(marks[i]), exact: true })
      .check();
  await expect.poll(() => details.locator('.phone-marks__qr-code svg').count()).toBe(1);
  expect(await details.locator('.phone-marks__qr-code').innerHTML()).not.toMatch(/style=/);
  expect(await page.getByRole('img', { name: group.phoneQr }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  const png = await details.locator('.phone-marks__qr-code').screenshot();
  expect(problems).toEqual([]);
  await context.close();
  return png;
}

describe('QR codes on other screens, scanned through the fake camera', () => {
  let shown: Browser;
  let camera: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'scan-window-'));
  const codes: string[] = [];
  const video = join(dir, 'screens.y4m');

  beforeAll(async () => {
    shown = await launch();
  });
  it('captures three participants’ results and a member’s marks from their screens as a video', async () => {
    // Three participants with different results, each with one clear top purpose.
    const distinct = [];
    for (const pick of [() => 'community' as const, (i: number) => (i < 10 ? 'access' : 'learning'), () => 'influence' as const])
      distinct.push(await quizQr(shown, pick));
    expect(distinct.map((r) => r.code)).toEqual(['v1-c14-a0-i0-l0', 'v1-c0-a10-i0-l4', 'v1-c0-a0-i14-l0']);
    codes.push(...distinct.map((r) => r.code));
    const member = await vitalityQr(shown, [4, 2, 5, 3, 1]);
    const blank = await shown.newPage();
    const pictures = [];
    for (const png of [...distinct.map((r) => r.png), distinct[0]!.png, member]) pictures.push(await lumaFrame(blank, png));
    writeFileSync(video, y4mVideo(pictures));
    camera = await launch([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
  }, 120_000);
  afterAll(async () => {
    await shown?.close();
    await camera?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the workshop’s room scanner adds three participants, shows them in the corners, and ignores the one shown twice', async () => {
    const s = roomStrings.da;
    const context = await camera.newContext({ permissions: ['camera'] });
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + '/workshop/');
    await page.getByRole('heading', { name: 'Rummets resultater' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByRole('button', { name: s.open }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: s.open }).click();
    const summary = page.getByTestId('room-summary');
    await expect.poll(() => summary.textContent(), { timeout: 40_000 }).toContain(fill(s.people, { n: 3 }));
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toMatch(/1 dublet|\d+ dubletter/);
    const tally = tallyRoom(
      codes.map((code) => {
        const d = decodeShareCode(code, quizItems.length);
        if (!d.ok) throw new Error(code);
        return { code, scores: d.scores, at: '', via: 'scan' as const };
      }),
    );
    const dots = Object.values(tally.corners).reduce((a, b) => a + b, 0);
    expect(dots).toBeGreaterThan(0);
    expect(await page.locator('.room-corners circle').count()).toBe(dots);
    expect(await page.locator('.room-spread__strip circle').count()).toBe(3 * 4);
    // The member's vitality code is not a quiz result: it is never counted as a person.
    await expect.poll(() => page.locator('.room__last').textContent(), { timeout: 30_000 }).toContain(s.vitality);
    expect(await summary.textContent()).toContain(fill(s.people, { n: 3 }));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: s.close }).click();
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('the group worksheet’s members’ view scans a member’s marks into the round, once', async () => {
    const context = await camera.newContext({ permissions: ['camera'] });
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + groupPath);
    await createSheet(page, 'Our group');
    await page.getByRole('heading', { name: group.vitalityTitle }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByRole('button', { name: group.roundStart }).isEnabled()).toBe(true);
    await page.getByLabel(group.roundCount).fill('2');
    await page.getByRole('button', { name: group.roundStart }).click();
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect((await scripts()).some((n) => /jsQR/i.test(n))).toBe(false);
    await page.getByRole('button', { name: group.scanOpen }).click();
    await expect.poll(() => page.getByRole('button', { name: group.scanner.close }).isVisible()).toBe(true);
    // The decoder loads with the camera, which may still be starting.
    await expect.poll(async () => (await scripts()).some((n) => /jsQR/i.test(n))).toBe(true);
    await expect
      .poll(() => page.getByText(fill(group.roundVoted, { n: 1, total: 2 }), { exact: false }).count(), { timeout: 40_000 })
      .toBe(1);
    // The video loops: the same phone seen again is a duplicate, ignored and counted.
    await expect.poll(() => page.getByTestId('marks-duplicates').textContent(), { timeout: 40_000 }).toMatch(/duplicates? ignored/);
    expect(await page.getByText(fill(group.roundVoted, { n: 1, total: 2 }), { exact: false }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The second member types their short code; then the round is complete and shows the scanned marks.
    await page.getByLabel(group.scanner.typedLabel).fill('m1-33333');
    await page.getByLabel(group.scanner.typedLabel).press('Enter');
    await page.getByRole('button', { name: group.roundReveal }).click();
    await expect.poll(() => page.locator('.round .sign-dots').count()).toBe(5);
    for (let i = 0; i < 5; i++) expect(await page.locator('.round .sign-dots').nth(i).locator('circle').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the group worksheet’s scanner without a camera', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--use-fake-device-for-media-stream', '--deny-permission-prompts']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says so when the camera is refused, and takes typed codes instead', async () => {
    const s = groupStrings.da;
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(baseURL() + '/oevelser/gruppens-formaal/');
    await expect.poll(() => page.getByLabel(s.newName, { exact: true }).first().isEnabled()).toBe(true);
    await page.getByLabel(s.newName, { exact: true }).first().fill('Gruppen');
    await page.getByRole('button', { name: s.create }).click();
    await page.getByRole('heading', { name: s.vitalityTitle }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.getByRole('button', { name: s.roundStart }).isEnabled()).toBe(true);
    await page.getByLabel(s.roundCount).fill('3');
    await page.getByRole('button', { name: s.roundStart }).click();
    await page.getByRole('button', { name: s.scanOpen }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(s.scanner.denied);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('marks-code');
    expect(await axeViolations(page)).toEqual([]);
    const field = page.getByLabel(s.scanner.typedLabel);
    for (const code of ['vt1-34521', 'm1-34521', 'v1-c3-a5-i2-l4', 'm1-5-4-3-KB']) {
      await field.fill(code);
      await field.press('Enter');
    }
    await expect.poll(() => page.getByText(fill(s.roundVoted, { n: 2, total: 3 }), { exact: false }).count()).toBe(1);
    expect(await page.getByTestId('marks-duplicates').textContent()).toBe(s.scanDuplicatesOne);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
