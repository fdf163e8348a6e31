import type { Bilingual } from '../lib/site/locale';
import type { Purpose } from '../lib/shared/purposes';

/** The purposes' names, as every exercise and handout shows them. */
export const purposeNames: Record<Purpose, Bilingual> = {
  community: { da: 'Fællesskab', en: 'Community' },
  access: { da: 'Adgang', en: 'Access' },
  influence: { da: 'Indflydelse', en: 'Influence' },
  learning: { da: 'Læring', en: 'Learning' },
};
