/**
 * The handout pack, in print order. Adding a handout is adding one entry to `blankHandouts`: a title, the page
 * of its online version (its QR code points there), how many A4 pages it prints on, and the component
 * that draws it. The articles' one-page "Kort fortalt" handouts follow, one per article, from their frontmatter.
 */
import type { Locale } from '../../i18n/locales';
import { contactStrings } from '../../i18n/islands/contacts';
import { groupStrings } from '../../i18n/islands/group';
import { quizPaperStrings } from '../../i18n/islands/quizPaper';
import { useTranslations } from '../../i18n';
import { routes, type RouteKey } from '../../i18n/routes';
import { getArticles, pathOfArticle } from '../../lib/content/articles';
import ArticleSheet from '../sheets/ArticleSheet.astro';
import ContactMapBlankSheet from '../sheets/ContactMapBlankSheet.astro';
import GroupBlankSheet from '../sheets/GroupBlankSheet.astro';
import PurposesSheet from '../sheets/PurposesSheet.astro';
import QuizPaperSheet from '../sheets/QuizPaperSheet.astro';
import VitalityBlankSheet from '../sheets/VitalityBlankSheet.astro';
import CornerSignSheet from '../sheets/CornerSignSheet.astro';
import type { SheetProps } from '../sheets/sheet';
import { purposeProfiles } from '../../lib/quiz/bank';
import { purposes, type Purpose } from '../../lib/quiz/types';

/** A component that draws a handout's body, below its title and QR code. */
type Body<P> = (props: P) => unknown;

/** One handout, ready to render: `<Body {...props} />` inside a `Handout`. */
export interface Handout {
  /** Stable and unique: the anchor `#handout-<id>`, and what the tests look for. */
  id: string;
  title: string;
  lead?: string | undefined;
  /** Site path (no base) of the online version; the QR code points there. */
  path: string;
  /** A4 pages it prints on. The browser tests check that the pack prints exactly the sum. */
  pages: number;
  /** A sign for the wall: one landscape page, the title set huge under a small `kicker`. */
  sign?: { kicker: string } | undefined;
  Body: Body<Record<string, unknown>>;
  props: Record<string, unknown>;
}

/** Pairs a body component with its props, so the type checker sees that they match. */
const handout = <P extends Record<string, unknown>>(h: Omit<Handout, 'Body' | 'props'> & { Body: Body<P>; props: P }): Handout =>
  h as unknown as Handout;

/** The blank handouts, in print order, before the articles. Add a handout here. */
interface BlankHandout {
  id: string;
  route: RouteKey;
  pages: number;
  title: (lang: Locale) => string;
  lead?: (lang: Locale) => string;
  /** A sign for the wall (landscape, huge title): the small line above the title. */
  kicker?: (lang: Locale) => string;
  /** The purpose a corner sign is for. */
  purpose?: Purpose;
  Body: Body<SheetProps> | Body<SheetProps & { purpose: Purpose }>;
}

/** A sign for one corner of the room, with the purpose's name in huge type; its QR code leads to the quiz. */
const cornerSign = (purpose: Purpose): BlankHandout => {
  const kicker = (l: Locale) => useTranslations(l)('handouts.cornerKicker');
  return {
    id: `corner-${purpose}`,
    route: 'quiz',
    pages: 1,
    title: (l) => `${kicker(l)}: ${purposeProfiles[purpose].name[l]}`,
    kicker,
    purpose,
    Body: CornerSignSheet,
  };
};

/** A handout's title and lead from an island's strings in both languages. */
const textsOf = <S extends Record<K, string>, K extends keyof S>(strings: Record<Locale, S>, title: K, lead: K) => ({
  title: (l: Locale) => strings[l][title],
  lead: (l: Locale) => strings[l][lead],
});

const blankHandouts: BlankHandout[] = [
  { id: 'quiz', route: 'quiz', pages: 2, ...textsOf(quizPaperStrings, 'title', 'intro'), Body: QuizPaperSheet },
  { id: 'group', route: 'groupPurpose', pages: 2, ...textsOf(groupStrings, 'blankTitle', 'blankIntro'), Body: GroupBlankSheet },
  { id: 'vitality', route: 'groupPurpose', pages: 1, title: (l) => groupStrings[l].vitalityTitle, Body: VitalityBlankSheet },
  { id: 'contact-map', route: 'contactMap', pages: 1, ...textsOf(contactStrings, 'blankTitle', 'blankIntro'), Body: ContactMapBlankSheet },
  {
    id: 'purposes',
    route: 'quiz',
    pages: 1,
    title: (l) => useTranslations(l)('handouts.purposesTitle'),
    lead: (l) => useTranslations(l)('handouts.purposesIntro'),
    Body: PurposesSheet,
  },
  ...purposes.map(cornerSign),
];

/** Every handout of the pack in one language, in print order: the blank ones, then one per article. */
export async function getHandouts(lang: Locale): Promise<Handout[]> {
  const articles = await getArticles(lang);
  return [
    ...blankHandouts.map(({ id, route, pages, title, lead, kicker, purpose, Body }) =>
      handout({
        id,
        title: title(lang),
        lead: lead?.(lang),
        path: routes[route][lang],
        pages,
        sign: kicker && { kicker: kicker(lang) },
        Body: Body as Body<SheetProps & { purpose?: Purpose }>,
        props: { lang, level: 2, ...(purpose && { purpose }) },
      }),
    ),
    ...articles.map((entry) =>
      handout({
        id: `article-${entry.data.translationKey}`,
        title: entry.data.title,
        lead: entry.data.description,
        path: pathOfArticle(entry),
        pages: 1,
        Body: ArticleSheet,
        props: { lang, entry },
      }),
    ),
  ];
}
