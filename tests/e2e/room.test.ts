import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roomStrings } from '../../src/i18n/islands/room';
import { axeViolations, baseURL, launch, watchedPage } from './browser';

/** Five participants' results (each sums to at most the quiz's 14 questions), each with one clear top purpose. */
const codes = ['v1-c6-a3-i2-l3', 'v1-c2-a8-i2-l2', 'v1-c1-a2-i9-l2', 'v1-c2-a2-i1-l9', 'v1-c7-a2-i3-l2'];
const W = 640;
const H = 480;

/**
 * A Y4M video (raw YUV 4:2:0, 10 frames a second) for Chromium's fake camera: each participant's QR code for
 * 1.5 s with a blank second between, then the first participant again (a duplicate), then a long blank tail.
 */
function qrVideo(): Buffer {
  const frames: Buffer[] = [];
  const blank = () => Buffer.concat([Buffer.alloc(W * H, 235), Buffer.alloc((W * H) / 2, 128)]);
  const frameOf = (text: string) => {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const scale = 10;
    const size = (n + 8) * scale;
    const x0 = (W - size) / 2;
    const y0 = (H - size) / 2;
    const y = Buffer.alloc(W * H, 235);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++)
        if (qr.modules.get(r, c))
          for (let dy = 0; dy < scale; dy++)
            y.fill(16, (y0 + (r + 4) * scale + dy) * W + x0 + (c + 4) * scale, (y0 + (r + 4) * scale + dy) * W + x0 + (c + 5) * scale);
    return Buffer.concat([y, Buffer.alloc((W * H) / 2, 128)]);
  };
  const show = (frame: Buffer, count: number) => {
    for (let i = 0; i < count; i++) frames.push(frame);
  };
  for (const code of [...codes, codes[0]!]) {
    show(frameOf(code), 15);
    show(blank(), 10);
  }
  show(blank(), 100);
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...frames.flatMap((f) => [Buffer.from('FRAME\n'), f])]);
}

const langs = [
  { lang: 'da', path: '/workshop/' },
  { lang: 'en', path: '/en/workshop/' },
] as const;

describe('the room scanner with a fake camera', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'room-camera-'));
  beforeAll(async () => {
    const video = join(dir, 'five.y4m');
    writeFileSync(video, qrVideo());
    browser = await launch([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const l of langs) {
    it(`(${l.lang}) asks for the camera only when opened, scans five participants, ignores the duplicate, and keeps them`, async () => {
      const s = roomStrings[l.lang];
      const context = await browser.newContext({ permissions: ['camera'] });
      const { page, problems } = await watchedPage(context);
      await page.addInitScript(() => {
        const w = window as unknown as { cameraAsked: number };
        w.cameraAsked = 0;
        const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
        navigator.mediaDevices.getUserMedia = (c) => {
          w.cameraAsked += 1;
          return original(c);
        };
      });
      await page.goto(baseURL() + l.path);
      const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      await page.getByRole('heading', { name: l.lang === 'da' ? 'Rummets resultater' : 'The room’s results' }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByRole('button', { name: s.open }).isEnabled()).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { cameraAsked: number }).cameraAsked)).toBe(0);
      expect((await scripts()).some((n) => /jsQR/i.test(n))).toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: s.open }).click();
      await expect.poll(() => page.getByRole('button', { name: s.close }).isVisible()).toBe(true);
      // The video plays the camera's stream directly (srcObject), never through a blob: URL.
      await expect
        .poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => [v.srcObject instanceof MediaStream, v.src]))
        .toEqual([true, '']);
      expect(await page.evaluate(() => (window as unknown as { cameraAsked: number }).cameraAsked)).toBe(1);
      expect((await scripts()).some((n) => /jsQR/i.test(n))).toBe(true);

      const summary = page.getByTestId('room-summary');
      await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toContain(s.people.replace('{n}', '5'));
      await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/1 (dublet|duplicate)|\d+ (dubletter|duplicates)/);
      expect(await page.locator('.room-corners circle').count()).toBe(5);
      expect(await page.locator('.room__last').textContent()).not.toBe('');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: s.close }).click();

      // Kept on this device.
      await page.reload();
      await page.getByRole('heading', { name: l.lang === 'da' ? 'Rummets resultater' : 'The room’s results' }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('.room-corners circle').count()).toBe(5);
      // Cleared only after a confirmation.
      await page.getByRole('button', { name: s.clear }).click();
      await page.getByRole('button', { name: s.clearYes }).click();
      await expect.poll(() => page.locator('.room-corners circle').count()).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the room scanner without a camera', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--use-fake-device-for-media-stream', '--deny-permission-prompts']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const l of langs) {
    it(`(${l.lang}) says so when the camera is refused, and takes typed codes instead`, async () => {
      const s = roomStrings[l.lang];
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(baseURL() + l.path);
      await page.getByRole('heading', { name: l.lang === 'da' ? 'Rummets resultater' : 'The room’s results' }).scrollIntoViewIfNeeded();
      await expect.poll(() => page.getByRole('button', { name: s.open }).isEnabled()).toBe(true);
      await page.getByRole('button', { name: s.open }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toBe(s.denied);
      // The cursor goes to the typed code.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('room-code');
      expect(await axeViolations(page)).toEqual([]);

      const field = page.getByLabel(s.typedLabel);
      for (const code of [codes[0]!, `https://netvaerkskompasset.dk/oevelser/hvad-vil-du/#${codes[1]}`, codes[0]!, 'v1-c99']) {
        await field.fill(code);
        await field.press('Enter');
      }
      await expect.poll(() => page.locator('.room__last').textContent()).toContain(s.invalid);
      expect(await page.getByTestId('room-summary').textContent()).toContain(s.people.replace('{n}', '2'));
      expect(await page.getByTestId('room-summary').textContent()).toContain(s.duplicatesOne);
      expect(await page.locator('.room-corners circle').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
