import type { Bilingual } from '../site/locale';
import type { Purpose } from '../shared/purposes';
import type { Answer, Scores } from './scoring';

/* The purposes are shared by every exercise; the quiz's components read them from here too. */
export { purposes, type Purpose } from '../shared/purposes';
export type { Bilingual };

/** An item's texts: a situation, and one answer per purpose (data: `src/data/quiz/items.ts`). */
export interface QuizItemText {
  /** The situation or question, one or two short sentences. */
  prompt: Bilingual;
  /** One answer per purpose. The order shown to the reader is fixed per item (see `optionOrder`). */
  options: Record<Purpose, Bilingual>;
}

/** An item as the data holds it: its texts and the order its answers are shown in. */
export interface QuizItemEntry extends QuizItemText {
  /** The order the answers are shown in, varied between items so no purpose is always first. */
  optionOrder: readonly [Purpose, Purpose, Purpose, Purpose];
}

/** One forced-choice item: a situation, and one answer per purpose. */
export interface QuizItem extends QuizItemEntry {
  /** Stable id, stored with the answers: never reuse or renumber. `q01`, `q02` and so on. */
  id: string;
}

/** What the result page says about a purpose (data: `src/data/quiz/profiles.ts`). */
export interface PurposeProfileText {
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

/** A purpose's profile with its name. */
export interface PurposeProfile extends PurposeProfileText {
  /** Fællesskab / Community … (data: `src/data/purposes.ts`). */
  name: Bilingual;
}

/** Where the reader is: a question (by index), the check-your-answers step, or the result. */
export type QuizStep = number | 'review' | 'result';

export interface QuizHistoryEntry {
  at: string;
  scores: Scores;
  answered: number;
}

/** What the quiz keeps: the answers by item id, where the reader is, and earlier results. */
export interface QuizState {
  answers: Record<string, Answer>;
  step: QuizStep;
  history: QuizHistoryEntry[];
}

/** Stored answers at most: room for the bank to grow (the bank itself is `quizItems`). */
export const MAX_ITEMS = 40;
/** Earlier results kept. */
export const MAX_HISTORY = 50;
