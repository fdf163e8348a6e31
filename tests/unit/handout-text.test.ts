import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { groupStrings } from '../../src/i18n/islands/group';
import { quizPaperStrings } from '../../src/i18n/islands/quizPaper';
import { locales } from '../../src/i18n/locales';

/**
 * What a participant reads at the top of a printed sheet speaks to them, never to the facilitator: notes on
 * printing and running the workshop belong in the guide (issue 17).
 */
const facilitatorWords = /\b(print\w*|facilitat\w*|workshop\w*|deltager\w*|participants?)\b/i;

describe('participant sheets', () => {
  for (const lang of locales) {
    it(`(${lang}) open with no note to the facilitator`, () => {
      const t = useTranslations(lang);
      const leads = {
        quiz: quizPaperStrings[lang].intro,
        group: groupStrings[lang].blankIntro,
        vitality: groupStrings[lang].vitalityIntro,
        contactMap: contactStrings[lang].blankIntro,
        purposes: t('handouts.purposesIntro'),
      };
      for (const [sheet, lead] of Object.entries(leads)) expect(lead, sheet).not.toMatch(facilitatorWords);
    });
    it(`(${lang}) leave the printing notes to the guide's kit list`, () => {
      const t = useTranslations(lang);
      expect(t('workshop.kitGroupBlankText')).toMatch(/print/i);
      expect(t('workshop.kitContactBlankText')).toMatch(/print/i);
    });
  }
});
