import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startsOf, workshopPlans, type PlanId } from '../../src/lib/workshop/plans';

/** The facilitator guide's plan sections: each `## ` section that draws a running order from the plan data. */
function plans(lang: 'da' | 'en') {
  const text = readFileSync(join(import.meta.dirname, `../../src/components/content/Workshop.${lang}.mdx`), 'utf8');
  return text
    .split(/^## /m)
    .slice(1)
    .map((section) => ({
      heading: section.split('\n')[0]!,
      id: /<RunningOrder [^>]*plan="(short|long)"/.exec(section)?.[1] as PlanId | undefined,
      text: section,
    }))
    .filter((p): p is { heading: string; id: PlanId; text: string } => p.id !== undefined)
    .map((p) => ({ ...p, plan: workshopPlans[lang][p.id] }));
}

const toMinutes = (heading: string) => (/90/.test(heading) ? 90 : /3.(timer|hour)/.test(heading) ? 180 : NaN);

describe('the facilitator guide', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`(${lang}) has a 90-minute and a 3-hour plan whose times add up`, () => {
      const found = plans(lang);
      expect(found.map((p) => toMinutes(p.heading))).toEqual([90, 180]);
      for (const { heading, plan } of found) {
        const total = plan.steps.reduce((n, s) => n + s.minutes, 0);
        expect(total, heading).toBe(toMinutes(heading));
        expect(plan.minutes, heading).toBe(total);
        expect(startsOf(plan)[0]).toBe(0);
        for (const step of plan.steps) {
          expect(step.minutes, step.title).toBeGreaterThan(0);
          expect(step.notes.length, `${heading}: ${step.title} has talking points`).toBeGreaterThan(0);
        }
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
    const minutes = (lang: 'da' | 'en') => plans(lang).map((p) => p.plan.steps.map((s) => [s.minutes, !!s.talk]));
    expect(minutes('en')).toEqual(minutes('da'));
  });

  it('gives every talk talking points and says in the plan where the purposes come before the quiz', () => {
    for (const lang of ['da', 'en'] as const) {
      const short = workshopPlans[lang].short.steps;
      const talk = short.findIndex((s) => s.talk);
      const quiz = short.findIndex((s) => /quiz/i.test(s.title));
      expect(talk, lang).toBeGreaterThanOrEqual(0);
      expect(talk, lang).toBeLessThan(quiz);
      for (const plan of Object.values(workshopPlans[lang]))
        for (const s of plan.steps.filter((x) => x.talk)) expect(s.notes.length).toBeGreaterThanOrEqual(3);
    }
  });
});
