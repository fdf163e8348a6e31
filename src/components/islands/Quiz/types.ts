import type { QuizStrings } from '../../../i18n/islands/quiz';
import type { StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import type { Purpose } from '../../../lib/quiz/types';

/** One item in the page's language. */
export interface QuizItemView {
  id: string;
  prompt: string;
  options: { purpose: Purpose; text: string }[];
}

export interface ProfileView {
  name: string;
  summary: string;
  meaning: string;
  suits: string;
  lookFor: string;
  offer: string;
  pitfall: string;
  articles: { title: string; href: string }[];
}

export interface QuizProps {
  lang: Locale;
  strings: QuizStrings;
  storageStrings: StorageStrings;
  items: QuizItemView[];
  profiles: Record<Purpose, ProfileView>;
  links: { groupPurpose: string; contactMap: string; quiz: string; paper: string };
  /** The path (with base) of the page the quiz is on: "read next" leaves it out. */
  currentPath?: string;
  /** 2 on the quiz's own page, 3 when embedded under an article heading. */
  headingLevel?: 2 | 3;
}
