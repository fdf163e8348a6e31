import type { MyResultsStrings } from './da';

/** Strings for the "my results" page's sections, one group per exercise. */
export const en: MyResultsStrings = {
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
