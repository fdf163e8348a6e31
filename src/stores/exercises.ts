import type { PersistentDoc } from './persist';
import { contactDoc } from './contacts';
import { groupDoc } from './group';
import { quizDoc } from './quiz';

/** Every exercise's stored data, in the order the "My data" page lists them. Add new exercises here. */
export const exerciseDocs: { id: 'quiz' | 'groupPurpose' | 'contactMap'; doc: PersistentDoc<unknown> }[] = [
  { id: 'quiz', doc: quizDoc as PersistentDoc<unknown> },
  { id: 'groupPurpose', doc: groupDoc as PersistentDoc<unknown> },
  { id: 'contactMap', doc: contactDoc as PersistentDoc<unknown> },
];
