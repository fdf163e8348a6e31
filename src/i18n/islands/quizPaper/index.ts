import type { Locale } from '../../locales';
import { da, type QuizPaperStrings } from './da';
import { en } from './en';

export type { QuizPaperStrings };
/** The quizPaper strings in every language: `quizPaper/da.ts` is the reference, `quizPaper/en.ts` must have every key (the type checker says which is missing). */
export const quizPaperStrings: Record<Locale, QuizPaperStrings> = { da, en };
