import type { Locale } from '../../locales';
import { da, type QuizStrings } from './da';
import { en } from './en';

export type { QuizStrings };
/** The quiz strings in every language: `quiz/da.ts` is the reference, `quiz/en.ts` must have every key (the type checker says which is missing). */
export const quizStrings: Record<Locale, QuizStrings> = { da, en };
