import { contactStrings } from '../../../i18n/islands/contacts';
import { storageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { pathTo } from '../../../i18n/routes';
import { purposeNamesIn } from '../../../lib/shared/purposeNames';
import type { ContactMapProps, FirstScreenProps } from './ContactMap';
import { firstScreenStrings } from './firstScreenStrings';

/** The contact map islands' props in one language (the exercise page and "my results"). */
export function contactProps(lang: Locale): ContactMapProps {
  return {
    lang,
    strings: contactStrings[lang],
    storageStrings: storageStrings[lang],
    purposeNames: purposeNamesIn(lang),
    blankHref: pathTo('contactBlank', lang),
  };
}

/** The props of the contact map's first screen (`ContactMap`): the same, with its own texts only, and the quiz's address. */
export function contactFirstScreenProps(lang: Locale): FirstScreenProps {
  const { strings, blankHref: _, ...rest } = contactProps(lang);
  return { ...rest, strings: firstScreenStrings(strings), quizHref: pathTo('quiz', lang) };
}
