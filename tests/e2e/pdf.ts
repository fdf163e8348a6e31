import type { Page } from 'playwright-core';

/** Print the page to an A4 PDF the way a reader would, and count its pages. */
export async function printedPages(page: Page): Promise<number> {
  // A media="print" stylesheet does not hold up the load event; a reader prints long after it arrives.
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
