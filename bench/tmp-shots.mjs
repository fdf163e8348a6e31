// Temporary: screenshots of the contact map page (not committed).
import { chromium } from 'playwright-core';
const base = process.env.BASE ?? 'http://127.0.0.1:4391';
const contexts = [
  'colleagues',
  'formerColleagues',
  'customers',
  'partners',
  'education',
  'events',
  'friends',
  'family',
  'leisure',
  'online',
];
const close = ['close', 'regular', 'occasional', 'dormant', null];
const roles = ['information', 'goBetween', 'access'];
function gen(n, longName = false) {
  let seed = 7;
  const r = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const first = [
    'Anne',
    'Bo',
    'Camilla',
    'Dorthe',
    'Erik',
    'Frida',
    'Gustav',
    'Hanne',
    'Ib',
    'Jonas',
    'Karin',
    'Lars',
    'Mette',
    'Søren',
    'Åse',
  ];
  const last = ['Jensen', 'Nielsen', 'Hansen', 'Østergaard', 'Brandt-Holm', 'Møller'];
  const people = {},
    order = [];
  for (let i = 0; i < n; i++) {
    const id = `p${i}`;
    const name =
      longName && i === 0
        ? 'x'.repeat(60) + '@' + 'y'.repeat(59)
        : `${first[Math.floor(r() * first.length)]} ${last[Math.floor(r() * last.length)]}${n > 100 ? ' ' + i : ''}`;
    people[id] = {
      id,
      name,
      contexts: n > 100 && r() < 0.6 ? ['online'] : [contexts[Math.floor(r() * 10)]],
      closeness: close[Math.floor(r() * 5)],
      roles: roles.filter(() => r() < (n > 100 ? 0.15 : 0.3)),
      connector: r() < 0.08,
      peer: false,
      lastContact: r() < 0.5 ? '2026-05-01' : null,
      nextStep: longName && i === 0 ? 'z'.repeat(120) : r() < 0.3 ? 'virtuel kaffe' : '',
      notes: longName && i === 0 ? 'n'.repeat(120) : '',
      organisation: longName && i === 0 ? 'o'.repeat(120) : r() < 0.5 ? 'Firma ApS' : '',
      position: '',
      updatedAt: '2026-11-01T12:00:00.000Z',
    };
    order.push(id);
  }
  return JSON.stringify({
    kind: 'contactMap',
    version: 1,
    savedAt: '2026-11-01T12:00:00.000Z',
    data: { goal: { kind: 'job', text: longName ? 'g'.repeat(120) : 'Nyt job', purpose: null }, people, order },
  });
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const [, , n = '40', widthArg = '1280', path = '/oevelser/netvaerkskort/', extra = ''] = process.argv;
const ctx = await browser.newContext({ viewport: { width: +widthArg, height: 900 } });
const data = gen(+n, extra.includes('long'));
await ctx.addInitScript((d) => {
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem('netvaerkskompasset:contactMap', d);
    sessionStorage.setItem('seeded', '1');
  }
}, data);
const page = await ctx.newPage();
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error:', m.text());
});
await page.goto(base + path);
await page.waitForTimeout(2500);
const name = `${n}-${widthArg}${extra ? '-' + extra : ''}${path.replace(/\//g, '_')}`;
if (extra.includes('click')) {
  await page.locator('svg.cm-map g[role=button]').nth(3).click();
  await page.waitForTimeout(300);
}
if (extra.includes('zoom')) {
  await page.getByRole('button', { name: /Zoom ind|Zoom in/ }).click();
  await page.waitForTimeout(300);
}
const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelectorAll('*').length]);
console.log(name, 'scrollWidth', sw[0], 'nodes', sw[1]);
if (extra.includes('sheet')) {
  await page.locator('.cm-card').first().click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/${name}.png` });
  await browser.close();
  process.exit(0);
}
if (process.env.SEL) {
  await page
    .locator(process.env.SEL)
    .first()
    .screenshot({ path: `/tmp/shots/${name}.png` });
  await browser.close();
  process.exit(0);
}
if (extra.includes('print')) await page.emulateMedia({ media: 'print' });
const el = extra.includes('map') ? page.locator('.cm-map-section') : page.locator('body');
await el.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !extra.includes('map') });
await browser.close();
