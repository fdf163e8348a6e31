import { contexts, type ContactContext } from '../../lib/contacts/types';
import type { Locale } from '../../lib/site/locale';

/**
 * Each context of the contact map in words, in both languages: its name, the short label on the map's
 * sector, the question the guided recall asks, and the word a spreadsheet uses for it. The contexts
 * themselves (ids and order) are `contexts` in `src/lib/contacts/types.ts`; the type checker insists
 * on every word for every context.
 */

interface ContextWords {
  /** The name, in lists and the table. */
  name: string;
  /** The label on the map's sector. */
  short: string;
  /** The recall question. */
  prompt: string;
  /** The word a spreadsheet column holds (lower case; other spellings a sheet might use are in `contextByWord`). */
  csv: string;
}

const contextWords: Record<ContactContext, Record<Locale, ContextWords>> = {
  colleagues: {
    da: {
      name: 'Nuværende kolleger',
      short: 'Kolleger',
      prompt: 'Hvem arbejder du sammen med nu, også i andre afdelinger?',
      csv: 'kolleger',
    },
    en: {
      name: 'Current colleagues',
      short: 'Colleagues',
      prompt: 'Who do you work with now, in other departments too?',
      csv: 'colleagues',
    },
  },
  formerColleagues: {
    da: {
      name: 'Tidligere kolleger',
      short: 'Tidl. kolleger',
      prompt: 'Hvem har du arbejdet sammen med før? Tænk job for job.',
      csv: 'tidligere kolleger',
    },
    en: {
      name: 'Former colleagues',
      short: 'Former coll.',
      prompt: 'Who have you worked with before? Go job by job.',
      csv: 'former colleagues',
    },
  },
  customers: {
    da: {
      name: 'Kunder og klienter',
      short: 'Kunder',
      prompt: 'Hvilke kunder, klienter eller brugere kender du personligt?',
      csv: 'kunder',
    },
    en: {
      name: 'Customers and clients',
      short: 'Customers',
      prompt: 'Which customers, clients or users do you know personally?',
      csv: 'customers',
    },
  },
  partners: {
    da: {
      name: 'Samarbejdspartnere og leverandører',
      short: 'Partnere',
      prompt: 'Hvem har du samarbejdet med udefra, fx leverandører, konsulenter eller partnere?',
      csv: 'samarbejdspartnere',
    },
    en: {
      name: 'Partners and suppliers',
      short: 'Partners',
      prompt: 'Who from outside have you worked with, such as suppliers, consultants or partners?',
      csv: 'partners',
    },
  },
  education: {
    da: {
      name: 'Uddannelse',
      short: 'Uddannelse',
      prompt: 'Hvem gik du på hold med, og hvilke undervisere husker du?',
      csv: 'uddannelse',
    },
    en: {
      name: 'Education',
      short: 'Education',
      prompt: 'Who did you study with, and which teachers do you remember?',
      csv: 'education',
    },
  },
  events: {
    da: {
      name: 'Faglige arrangementer og foreninger',
      short: 'Arrangementer',
      prompt: 'Hvem har du mødt til konferencer, kurser, i faglige foreninger eller i en netværksgruppe?',
      csv: 'arrangementer',
    },
    en: {
      name: 'Professional events and associations',
      short: 'Events',
      prompt: 'Who have you met at conferences, courses, professional associations or a network group?',
      csv: 'events',
    },
  },
  friends: {
    da: {
      name: 'Venner',
      short: 'Venner',
      prompt: 'Hvilke venner har du, og hvad arbejder de med?',
      csv: 'venner',
    },
    en: {
      name: 'Friends',
      short: 'Friends',
      prompt: 'Which friends do you have, and what do they work with?',
      csv: 'friends',
    },
  },
  family: {
    da: {
      name: 'Familie',
      short: 'Familie',
      prompt: 'Hvem i familien, også den lidt fjernere, kunne kende nogen?',
      csv: 'familie',
    },
    en: {
      name: 'Family',
      short: 'Family',
      prompt: 'Who in your family, distant family too, might know someone?',
      csv: 'family',
    },
  },
  leisure: {
    da: {
      name: 'Naboer og fritid',
      short: 'Fritid',
      prompt: 'Hvem kender du fra nabolaget, sporten, foreningen eller børnenes skole?',
      csv: 'fritid',
    },
    en: {
      name: 'Neighbours and leisure',
      short: 'Leisure',
      prompt: 'Who do you know from the neighbourhood, sports, clubs or your children’s school?',
      csv: 'leisure',
    },
  },
  online: {
    da: {
      name: 'Online (LinkedIn og lignende)',
      short: 'Online',
      prompt: 'Hvem følger du, eller har du skrevet med, på LinkedIn og andre steder?',
      csv: 'online',
    },
    en: {
      name: 'Online (LinkedIn and the like)',
      short: 'Online',
      prompt: 'Who do you follow, or have you written to, on LinkedIn and elsewhere?',
      csv: 'online',
    },
  },
};

/** One kind of word for every context, in one language, in the contexts' order. */
export const contextWordsIn = (lang: Locale, word: keyof ContextWords): Record<ContactContext, string> =>
  Object.fromEntries(contexts.map((c) => [c, contextWords[c][lang][word]])) as Record<ContactContext, string>;
