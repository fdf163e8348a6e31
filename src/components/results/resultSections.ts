/**
 * The sections of "my results", in print order: one per exercise. Adding an exercise is adding one entry:
 * its id (also its route key and the `exercise.<id>.title` heading) and an Astro component that renders
 * its results island for a language, and says plainly when there are no results yet.
 */
import type { Locale } from '../../i18n/locales';
import ContactMapResultsIsland from '../islands/ContactMap/ContactMapResultsIsland.astro';
import GroupResultsIsland from '../islands/GroupPurpose/GroupResultsIsland.astro';
import QuizResultsIsland from '../islands/Quiz/QuizResultsIsland.astro';

export interface ResultSection {
  id: 'quiz' | 'groupPurpose' | 'contactMap';
  Section: (props: { lang: Locale }) => unknown;
}

export const resultSections: readonly ResultSection[] = [
  { id: 'quiz', Section: QuizResultsIsland },
  { id: 'groupPurpose', Section: GroupResultsIsland },
  { id: 'contactMap', Section: ContactMapResultsIsland },
];
