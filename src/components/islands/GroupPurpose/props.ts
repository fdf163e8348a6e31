import { groupStrings, type GroupStrings } from '../../../i18n/islands/group';
import { storageStrings, type StorageStrings } from '../../../i18n/islands/storage';
import type { Locale } from '../../../i18n/locales';
import { pathTo } from '../../../i18n/routes';
import { marks, type Mark, type Worksheet } from '../../../lib/group/types';
import { markText, vitalitySuggestions } from '../../../lib/group/vitality';
import { purposeNamesIn } from '../../../lib/shared/purposeNames';
import type { Purpose } from '../../../lib/shared/purposes';

/** What every group worksheet island gets from its page, in the page's language. */
export interface GroupProps {
  lang: Locale;
  strings: GroupStrings;
  storageStrings: StorageStrings;
  /** Each purpose's name in the page's language. */
  purposeNames: Record<Purpose, string>;
  /** Link to the blank paper version. */
  blankHref: string;
  /** Each mark's name, description and suggestions in the page's language. */
  marks: Record<Mark, { name: string; description: string; suggestions: string[] }>;
}

/** A part of the worksheet island that shows one worksheet, with its controls off until the island runs. */
export type SheetProps = GroupProps & { sheet: Worksheet; disabled: boolean };

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
