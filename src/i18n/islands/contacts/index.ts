import type { Locale } from '../../locales';
import { da, type ContactStrings } from './da';
import { en } from './en';

export type { ContactStrings };
/** The contacts strings in every language: `contacts/da.ts` is the reference, `contacts/en.ts` must have every key (the type checker says which is missing). */
export const contactStrings: Record<Locale, ContactStrings> = { da, en };
