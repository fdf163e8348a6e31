import { chromium } from 'playwright-core';
import { generateLinkedInCsv } from './lib/linkedin-file.ts';
import { chromiumFlags, findChromium } from './lib/site.ts';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
const csv = Buffer.from(generateLinkedInCsv(1500));
for (const width of [375, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4390/oevelser/netvaerkskort/');
  await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('#cm-import')?.disabled);
  await page.setInputFiles('#cm-import', { name: 'Connections.csv', mimeType: 'text/csv', buffer: csv });
  await page.waitForSelector('#cm-preview-heading');
  await page.locator('.cm-preview').screenshot({ path: `/tmp/shot-preview-${width}.png` });
  await page.click('.cm-preview .button-row button:not(.secondary)');
  await page.waitForSelector('#cm-book-search');
  await page.fill('#cm-book-search', 'jensen');
  for (let i = 0; i < 3; i++) await page.locator('.cm-book__list input[type=checkbox]').nth(i).check();
  await page.locator('.cm-book').screenshot({ path: `/tmp/shot-book-${width}.png` });
  await page.fill('#cm-recall-name', 'karen bo');
  await page.waitForSelector('.cm-suggest__list');
  await page.locator('.cm-recall').screenshot({ path: `/tmp/shot-recall-${width}.png` });
  console.log(width, await page.evaluate(() => document.documentElement.scrollWidth));
  await context.close();
}
await browser.close();
