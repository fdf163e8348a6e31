import type { Locale } from '../../locales';
import { da, type FileProblemStrings, type ImportKind } from './da';
import { en } from './en';

export type { FileProblemStrings, ImportKind };
/** The fileProblems strings in every language: `fileProblems/da.ts` is the reference, `fileProblems/en.ts` must have every key (the type checker says which is missing). */
export const fileProblemStrings: Record<Locale, FileProblemStrings> = { da, en };
