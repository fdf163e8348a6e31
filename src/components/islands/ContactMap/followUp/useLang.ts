import { useContext } from 'react';
import type { Locale } from '../../../../i18n/locales';
import { EditingContext } from '../../shared/EditableText';

/** The page's language inside the contact map island (for dates in words), from the island's editing context. */
export const useLang = (): Locale => useContext(EditingContext)?.lang ?? 'da';
