import type { Locale } from '../../i18n/locales';

/** What a blank handout's body gets: the language, and the heading level of the title above it. */
export type SheetProps = { lang: Locale; level: 1 | 2 };

/** The tag of a sheet's own headings: one level below the title above it. */
export const sheetHeading = (level: 1 | 2) => `h${level + 1}` as 'h2' | 'h3';
