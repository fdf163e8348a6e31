import { groupStrings } from '../../../i18n/islands/group';
import { storageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { pathTo } from '../../../i18n/routes';
import { marks, type Mark } from '../../../lib/group/types';
import { markText, vitalitySuggestions } from '../../../lib/group/vitality';
import { purposeNamesIn } from '../../../lib/shared/purposeNames';
import type { GroupProps } from './GroupPurpose';

/** The group worksheet islands' props in one language. */
export function groupProps(lang: Locale): GroupProps {
  const markInfo = Object.fromEntries(
    marks.map((m) => [
      m,
      { name: markText[m].name[lang], description: markText[m].description[lang], suggestions: vitalitySuggestions[m].map((x) => x[lang]) },
    ]),
  ) as Record<Mark, { name: string; description: string; suggestions: string[] }>;
  return {
    marks: markInfo,
    lang,
    strings: groupStrings[lang],
    storageStrings: storageStrings[lang],
    purposeNames: purposeNamesIn(lang),
    blankHref: pathTo('groupBlank', lang),
  };
}
