import type { Locale } from '../../locales';
import { da, type MyResultsStrings } from './da';
import { en } from './en';

export type { MyResultsStrings };
/** The myResults strings in every language: `myResults/da.ts` is the reference, `myResults/en.ts` must have every key (the type checker says which is missing). */
export const myResultsStrings: Record<Locale, MyResultsStrings> = { da, en };
