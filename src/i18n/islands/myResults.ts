import type { Locale } from '../locales';

/** Strings for the "my results" page's sections, one group per exercise. */
const da = {
  checking: 'Henter dine svar …',
  quiz: {
    none: 'Intet resultat endnu. Du har ikke taget quizzen i denne browser.',
    unfinished: 'Intet resultat endnu. Du er i gang med quizzen, men har ikke set dit resultat.',
    start: 'Tag quizzen',
    resume: 'Gør quizzen færdig',
    from: 'Dit seneste resultat, fra {date}.',
  },
  groupPurpose: {
    none: 'Intet resultat endnu. Du har ikke lavet et arbejdsark i denne browser.',
    start: 'Lav et arbejdsark',
    countOne: 'Du har ét arbejdsark.',
    count: 'Du har {n} arbejdsark. Hvert ark bliver printet på sin egen side.',
  },
  contactMap: {
    none: 'Intet resultat endnu. Du har ikke skrevet nogen ind på et netværkskort i denne browser.',
    start: 'Lav dit netværkskort',
    mapTitle: 'Kortet',
    tableTitle: 'Personerne',
  },
};
export type MyResultsStrings = typeof da;

const en: MyResultsStrings = {
  checking: 'Loading your answers …',
  quiz: {
    none: 'No result yet. You have not taken the quiz in this browser.',
    unfinished: 'No result yet. You have started the quiz but not seen your result.',
    start: 'Take the quiz',
    resume: 'Finish the quiz',
    from: 'Your latest result, from {date}.',
  },
  groupPurpose: {
    none: 'No result yet. You have not made a worksheet in this browser.',
    start: 'Make a worksheet',
    countOne: 'You have one worksheet.',
    count: 'You have {n} worksheets. Each one prints on its own page.',
  },
  contactMap: {
    none: 'No result yet. You have not added anyone to a contact map in this browser.',
    start: 'Make your contact map',
    mapTitle: 'The map',
    tableTitle: 'The people',
  },
};

export const myResultsStrings: Record<Locale, MyResultsStrings> = { da, en };
