import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The facilitator guide's plans: each `## ` section with a running-order table, as [time, minutes] rows. */
function plans(lang: 'da' | 'en') {
  const text = readFileSync(join(import.meta.dirname, `../../src/components/content/Workshop.${lang}.mdx`), 'utf8');
  return text
    .split(/^## /m)
    .slice(1)
    .map((section) => ({
      heading: section.split('\n')[0]!,
      rows: [...section.matchAll(/^\| (\d+):(\d\d) \| (\d+) \|/gm)].map((m) => ({
        at: Number(m[1]) * 60 + Number(m[2]),
        minutes: Number(m[3]),
      })),
      text: section,
    }))
    .filter((p) => p.rows.length > 0);
}

const toMinutes = (heading: string) => (/90/.test(heading) ? 90 : /3.(timer|hour)/.test(heading) ? 180 : NaN);

describe('the facilitator guide', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`(${lang}) has a 90-minute and a 3-hour plan whose times add up`, () => {
      const found = plans(lang);
      expect(found.map((p) => toMinutes(p.heading))).toEqual([90, 180]);
      for (const plan of found) {
        let clock = 0;
        for (const row of plan.rows) {
          expect(row.at, `${plan.heading}: a step starts at ${row.at} min., expected ${clock}`).toBe(clock);
          clock += row.minutes;
        }
        expect(clock, plan.heading).toBe(toMinutes(plan.heading));
      }
    });

    it(`(${lang}) gives each plan a purpose, group size, preparation, materials, tips for three situations and what comes afterwards`, () => {
      const labels =
        lang === 'da'
          ? [
              '**Formål.**',
              '**Gruppestørrelse.**',
              '**Forberedelse',
              '**Materialer.**',
              '**Forløb.**',
              '**Tips til facilitatoren.**',
              '*Stille deltagere og introverte.*',
              '*Blandede grupper.*',
              '*Online.*',
              '**Bagefter.**',
            ]
          : [
              '**Purpose.**',
              '**Group size.**',
              '**Preparation',
              '**Materials.**',
              '**Running order.**',
              '**Tips for the facilitator.**',
              '*Quiet participants and introverts.*',
              '*Mixed groups.*',
              '*Online.*',
              '**Afterwards.**',
            ];
      for (const plan of plans(lang)) for (const label of labels) expect(plan.text, `${plan.heading}: ${label}`).toContain(label);
    });
  }

  it('has the same running order in both languages', () => {
    expect(plans('en').map((p) => p.rows)).toEqual(plans('da').map((p) => p.rows));
  });
});
