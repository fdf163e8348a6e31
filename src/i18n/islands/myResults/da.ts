/** Strings for the "my results" page's sections, one group per exercise. */
export const da = {
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
