import type { Locale } from '../../locales';
import { da, type MyDataStrings } from './da';
import { en } from './en';

export type { MyDataStrings };
/** The myData strings in every language: `myData/da.ts` is the reference, `myData/en.ts` must have every key (the type checker says which is missing). */
export const myDataStrings: Record<Locale, MyDataStrings> = { da, en };
