import { sharedLimits } from '../shared/ids';
import type { Purpose } from '../shared/purposes';

/**
 * The group worksheet "Gruppens formål" / "Group purpose": what a network group is for, who is in it,
 * how it meets, and regular check-ins on the signs of a group that lasts.
 * Types, fixed lists and limits only; the transitions live in `state.ts` and the modules it gathers,
 * the zod schema in `schema.ts`.
 */

/**
 * The signs of a group that lasts, rated 1–5 at each check-in, in the order they are asked. Their texts
 * are data (`src/data/group/vitality.ts`). Stored votes and the phones' QR codes hold one character per
 * sign in this order, so adding one needs a storage version (see the README's how-to).
 */
export const marks = ['purpose', 'relationships', 'interest', 'passion', 'structure'] as const;
export type Mark = (typeof marks)[number];

export const ratings = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof ratings)[number];
export type Ratings = Record<Mark, Rating | null>;

/** Open to new members, or closed. */
export const opennessValues = ['open', 'closed'] as const;
export type Openness = (typeof opennessValues)[number];

/** Business network (forretningsnetværk) or experience-exchange group (erfagruppe). */
export const groupKinds = ['business', 'exchange'] as const;
export type GroupKind = (typeof groupKinds)[number];

/** Purely professional, or with room for the personal (never the private unless one chooses). */
export const groupFocuses = ['professional', 'personal'] as const;
export type GroupFocus = (typeof groupFocuses)[number];

/** a. What the group is for. */
export interface PurposeSection {
  /** The purpose in one or two sentences. */
  text: string;
  /** The group's first and second purpose (never the same one). */
  first: Purpose | null;
  second: Purpose | null;
  /** What the group gives each member and their organisation. */
  memberValue: string;
  /** The time it takes, and whether the value is worth that time. */
  timeValue: string;
}

/** b. Kind and boundaries. */
export interface BoundariesSection {
  openness: Openness | null;
  kind: GroupKind | null;
  focus: GroupFocus | null;
  /** Where the line between professional and private goes. */
  privateLine: string;
}

/** c. Members. */
export interface MembersSection {
  /** Who takes part. */
  who: string;
  /** Whether members are alike enough, and different enough. */
  mix: string;
  /** Who is missing. */
  missing: string;
}

/** d. Content. */
export interface ContentSection {
  /** What is shared and worked on. */
  shared: string;
  /** The shared professional passion. */
  passion: string;
}

/** e. Form. */
export interface FormSection {
  /** How, when and how often the group meets. */
  rhythm: string;
  /** The frame every meeting follows. */
  structure: string;
  /** How meetings vary. */
  variation: string;
  /** Who leads, and how leading rotates. */
  leadership: string;
  /** How everyone gives and receives something each time. */
  giveReceive: string;
}

/** g. Measuring value. */
export interface MeasureSection {
  /** How the group will know it is worth the time. */
  worth: string;
  /** When the group looks at its purpose again: a date or an interval, as text. */
  revisit: string;
}

/** f. One member's answer to "what can I contribute?". */
export interface Contribution {
  id: string;
  name: string;
  contribution: string;
}

/**
 * One member's own marks at a check-in, kept as one character per sign in the order of `marks`: a digit 1–5
 * or `-` for a sign the member left out (`34-52`). Compact, because a worksheet may hold many.
 */
export interface Vote {
  /** A name or initials, only if the member (or the chair) typed one. */
  name: string;
  marks: string;
}

/** One vitality check-in: the marks the group agreed on (1–5, or left out) on a day, and each member's own marks. */
export interface CheckIn {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The group's agreed marks: the decision that goes into the trend. */
  ratings: Ratings;
  note: string;
  /** Each member's own marks, when the group voted first (empty when it did not). */
  votes: Vote[];
}

/** One member's quiz result ("What do you want?"), pasted as a share link: only the code is kept. */
export interface MemberResult {
  id: string;
  /** A name or initials, optional. */
  name: string;
  /** The share code, e.g. `v1-c3-a5-i2-l4`: the four scores and nothing else. */
  code: string;
}

export interface Worksheet {
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  purpose: PurposeSection;
  boundaries: BoundariesSection;
  members: MembersSection;
  content: ContentSection;
  form: FormSection;
  contributions: Contribution[];
  measure: MeasureSection;
  checkIns: CheckIn[];
  /** The members' quiz results, for the group view. */
  memberResults: MemberResult[];
}

/** The sections edited with `updateSection` (objects of fields). */
export const fieldSections = ['purpose', 'boundaries', 'members', 'content', 'form', 'measure'] as const;
export type FieldSection = (typeof fieldSections)[number];

/** All question sections, in the order the worksheet shows and prints them (a–g). */
export const worksheetSections = ['purpose', 'boundaries', 'members', 'content', 'form', 'contributions', 'measure'] as const;
export type WorksheetSection = (typeof worksheetSections)[number];

/** The fields of each section, in the order they are asked. */
export const sectionFields: { readonly [K in FieldSection]: readonly (keyof Worksheet[K])[] } = {
  purpose: ['text', 'first', 'second', 'memberValue', 'timeValue'],
  boundaries: ['openness', 'kind', 'focus', 'privateLine'],
  members: ['who', 'mix', 'missing'],
  content: ['shared', 'passion'],
  form: ['rhythm', 'structure', 'variation', 'leadership', 'giveReceive'],
  measure: ['worth', 'revisit'],
};

/**
 * Size limits, enforced by the schema and respected by the transitions (which cut text to fit).
 * Chosen so one worksheet at every limit still exports to a file under the 2 MB import limit.
 */
export const limits = {
  /** Worksheet and member names (`name`), ids made by the caller (`id`), ISO timestamps (`timestamp`). */
  ...sharedLimits,
  /** Answers to the worksheet's questions. */
  longText: 2000,
  /** A member's contribution, a check-in's note. */
  note: 1000,
  /** When the purpose is revisited. */
  shortText: 200,
  worksheets: 50,
  members: 100,
  checkIns: 200,
  /** Members' quiz results kept on one worksheet. */
  memberResults: 100,
  /** Members' own marks at one check-in. */
  votes: 30,
  /** A member's name or initials with a quiz result or their own marks. */
  voterName: 40,
  /** A share code at its longest: two digits a score, `v1-c10-a10-i10-l10` (18 characters). */
  shareCode: 20,
} as const;

/** A vote's marks: one character per sign, each 1–5 or `-`. */
export const VOTE_MARKS_PATTERN = new RegExp(`^[1-5-]{${marks.length}}$`);
/** A vote that leaves every sign out. */
export const NO_MARKS = '-'.repeat(marks.length);

/** The length limit of each text field. */
export const textLimits: { readonly [K in FieldSection]: Partial<Record<keyof Worksheet[K], number>> } = {
  purpose: { text: limits.longText, memberValue: limits.longText, timeValue: limits.longText },
  boundaries: { privateLine: limits.longText },
  members: { who: limits.longText, mix: limits.longText, missing: limits.longText },
  content: { shared: limits.longText, passion: limits.longText },
  form: {
    rhythm: limits.longText,
    structure: limits.longText,
    variation: limits.longText,
    leadership: limits.longText,
    giveReceive: limits.longText,
  },
  measure: { worth: limits.longText, revisit: limits.shortText },
};

/** Every group worksheet the reader keeps, by id, and the order they are listed in. */
export interface GroupState {
  worksheets: Record<string, Worksheet>;
  order: string[];
}
