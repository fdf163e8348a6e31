import type { Locale } from '../../i18n/locales';

/** The four things people want from a network (after Wanscher, Nielsen & Beckmann, 2010). */
export const purposes = ['community', 'access', 'influence', 'learning'] as const;
export type Purpose = (typeof purposes)[number];

/** Text in both languages. */
export type Bilingual = Record<Locale, string>;

/** One forced-choice item: a situation, and one answer per purpose. */
export interface QuizItem {
  /** Stable id, stored with the answers: never reuse or renumber. `q01` … `q16`. */
  id: string;
  /** The situation or question, one or two short sentences. */
  prompt: Bilingual;
  /** One answer per purpose. The order shown to the reader is fixed per item (see `optionOrder`). */
  options: Record<Purpose, Bilingual>;
  /** The order the four answers are shown in, varied between items so no purpose is always first. */
  optionOrder: readonly [Purpose, Purpose, Purpose, Purpose];
}

/** What the result page says about a purpose. */
export interface PurposeProfile {
  /** Fællesskab / Community … */
  name: Bilingual;
  /** One line: the purpose in plain words. */
  summary: Bilingual;
  /** What it means to want this from a network (2–3 sentences). */
  meaning: Bilingual;
  /** Which kind of network or group suits it. */
  suits: Bilingual;
  /** What to look for in people. */
  lookFor: Bilingual;
  /** What you can offer others. */
  offer: Bilingual;
  /** One pitfall to watch for. */
  pitfall: Bilingual;
  /** Translation keys of the articles that help most, best first. */
  articles: readonly string[];
}
