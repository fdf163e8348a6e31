import { sharedLimits } from '../shared/ids';
import type { Purpose } from '../shared/purposes';
import type { Tie } from './network/ties';

export type { Tie } from './network/ties';

/**
 * The contact map "Netværkskort" / "Contact map": one goal, the people the reader recalls context by
 * context, and what each of them can mean for the goal. Types, fixed lists and limits only; transitions live
 * in `state.ts`, the zod schema in `schema.ts`, the drawing in `layout.ts`, the plain-words reading in
 * `insights.ts`, file formats in `formats/`.
 */

/** The parts of life the guided recall walks through, in that order. Also the map's sectors. */
export const contexts = [
  'colleagues',
  'formerColleagues',
  'customers',
  'partners',
  'education',
  'events',
  'friends',
  'family',
  'leisure',
  'online',
] as const;
export type ContactContext = (typeof contexts)[number];

/** How close the reader is to someone now: the map's rings, inside out. */
export const closenessLevels = ['close', 'regular', 'occasional', 'dormant'] as const;
export type Closeness = (typeof closenessLevels)[number];
/** Weak ties (Granovetter 1973): the occasional and the dormant. */
export const weakLevels: readonly Closeness[] = ['occasional', 'dormant'];

/**
 * What someone can give for the goal, shown as Viden, Bro, Døråbner / Knowledge, Bridge, Door-opener:
 * `information` knows something useful (about a company, a role, a matter), `goBetween` can put the
 * reader in touch with people who matter, `access` can open the door or decide themselves.
 * The ids are stored with every person: never rename them; change only the labels.
 */
export const roles = ['information', 'goBetween', 'access'] as const;
export type ContactRole = (typeof roles)[number];

/** The kinds of goal the reader can pick, or write their own. */
export const goalKinds = ['job', 'leadership', 'customers', 'learning', 'own'] as const;
export type GoalKind = (typeof goalKinds)[number];

export interface Goal {
  kind: GoalKind | null;
  /** The goal in the reader's own words (required when `kind` is `own`, optional detail otherwise). */
  text: string;
  /** The purpose from the quiz, when the reader took it and chose to use it. */
  purpose: Purpose | null;
}

/**
 * How often the reader wants to be in touch with someone (see `followUp/rhythm.ts`). The ids are stored:
 * never rename them.
 */
export const rhythms = ['none', 'twoWeeks', 'month', 'quarter', 'halfYear', 'year'] as const;
export type Rhythm = (typeof rhythms)[number];

/** One line in a person's contact log: when, and (optionally) what about. */
export interface LogEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
}

export interface Person {
  id: string;
  /** A name or just initials. */
  name: string;
  /** Where the reader knows them from; the first is their sector on the map. */
  contexts: ContactContext[];
  closeness: Closeness | null;
  /** What they can mean for the goal (none, one or several). */
  roles: ContactRole[];
  /** Knows many people and shares contacts. */
  connector: boolean;
  /** At eye level: a peer. */
  peer: boolean;
  /** `YYYY-MM-DD`, or null when not known. */
  lastContact: string | null;
  /** The next step, e.g. "virtuel kaffe". */
  nextStep: string;
  notes: string;
  /** Company or organisation (from imports, or typed). */
  organisation: string;
  /** Job title or position. */
  position: string;
  /** How often to be in touch; `none` puts them on the due list only if they have a role and no date. */
  rhythm: Rhythm;
  /** The contact log, newest first, at most `limits.log` entries. */
  log: LogEntry[];
  /** ISO timestamp of the last change (merging two tabs or an import keeps the newer one). */
  updatedAt: string;
}

/**
 * A person read from a file (CSV, LinkedIn, vCard) before it is merged: everything but id and
 * updatedAt, with the fields a format does not carry left at their empty values.
 */
export type PersonDraft = Omit<Person, 'id' | 'updatedAt'>;

/** An empty draft with this name: what a format fills in. */
export const emptyDraft = (name: string): PersonDraft => ({
  name,
  contexts: [],
  closeness: null,
  roles: [],
  connector: false,
  peer: false,
  lastContact: null,
  nextStep: '',
  notes: '',
  organisation: '',
  position: '',
  rhythm: 'none',
  log: [],
});

/** Size limits, enforced by the schema and respected by the transitions and parsers (which cut text to fit). */
export const limits = {
  /** Names (`name`), ids made by the caller (`id`), ISO timestamps (`timestamp`). */
  ...sharedLimits,
  nextStep: 200,
  notes: 1000,
  organisation: 160,
  position: 160,
  goalText: 500,
  /** A large LinkedIn export is a few thousand; the map is tested at 1,000. */
  people: 5000,
  /** Entries kept in one person's contact log (the oldest go first). */
  log: 20,
  logText: 140,
  /** Pairs who know each other: a map of 150 in six close circles has about 1,900; each pair is about 80 bytes stored. */
  ties: 10000,
} as const;

/**
 * Everything the contact map keeps: the goal, the people by id in the order they were added, and who
 * knows whom among them (`network/ties.ts`: sorted pairs of ids, each pair once).
 */
export interface ContactState {
  goal: Goal;
  people: Record<string, Person>;
  order: string[];
  ties: Tie[];
}
