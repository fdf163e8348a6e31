import type { Locale } from '../../locales';
import { da, type PresenterStrings } from './da';
import { en } from './en';

export type { PresenterStrings };
/** The presenter strings in every language: `presenter/da.ts` is the reference, `presenter/en.ts` must have every key (the type checker says which is missing). */
export const presenterStrings: Record<Locale, PresenterStrings> = { da, en };
