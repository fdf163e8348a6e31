import type { Locale } from '../../i18n/locales';
import type { Bilingual } from '../quiz/types';
import { sortCheckIns } from './state';
import { marks, type CheckIn, type Mark, type Rating } from './types';
import { voteSpread } from './votes';

/**
 * The vitality check-in: the five signs of a group that lasts, rated 1–5 every few months.
 * Scores one check-in, suggests what to do about the weakest marks, and follows each mark over time.
 */

/** What each mark means, for the check-in form, the chart and the printed sheet. */
export const markText: Record<Mark, { name: Bilingual; description: Bilingual }> = {
  purpose: {
    name: { da: 'Klart formål', en: 'A clear purpose' },
    description: {
      da: 'Gruppen ved, hvad den er til for, og deler et billede af, hvad den skal give.',
      en: 'The group knows what it is for and shares a picture of what it should give.',
    },
  },
  relationships: {
    name: { da: 'Relationer, der bærer', en: 'Relationships that carry the group' },
    description: {
      da: 'Det er tilliden mellem jer, der får jer til at komme igen, ikke dagsordenen.',
      en: 'Trust between you, not the agenda, is what brings people back.',
    },
  },
  interest: {
    name: { da: 'Ægte interesse', en: 'Real interest in each other' },
    description: {
      da: 'I er nysgerrige på hinandens arbejde, mål, succeser og modgang.',
      en: 'You are curious about each other’s work, goals, successes and setbacks.',
    },
  },
  passion: {
    name: { da: 'Fælles faglig passion', en: 'A shared professional passion' },
    description: {
      da: 'I brænder for det samme fag, og alle vil både give og lære.',
      en: 'You care about the same field, and everyone wants to give as well as learn.',
    },
  },
  structure: {
    name: { da: 'Genkendelig form', en: 'A recognisable structure' },
    description: {
      da: 'Møderne har en fast ramme med skiftende indhold, og ledelsen går på skift.',
      en: 'Meetings have a familiar frame with changing content, and leading is shared.',
    },
  },
};

/** Practical things to try when a mark is weak: three per mark, in both languages. */
export const vitalitySuggestions: Record<Mark, readonly Bilingual[]> = {
  purpose: [
    {
      da: 'Giv formålet et helt møde, og skriv det ned i én eller to sætninger, som alle kan stå inde for.',
      en: 'Give the purpose a whole meeting and write it down in one or two sentences everyone can stand behind.',
    },
    {
      da: 'Lad hver deltager sige, hvad de selv vil have ud af gruppen, og hvad de vil bidrage med.',
      en: 'Have each member say what they personally want from the group and what they will bring to it.',
    },
    {
      da: 'Sæt en dato i kalenderen, hvor I tager formålet op igen, fx om et halvt år.',
      en: 'Put a date in the calendar to revisit the purpose, for example six months from now.',
    },
  ],
  relationships: [
    {
      da: 'Begynd hvert møde med en kort runde, hvor alle siger, hvad der fylder i arbejdet lige nu.',
      en: 'Open each meeting with a short round in which everyone says what is filling their working week.',
    },
    {
      da: 'Sæt tid af til snak uden dagsorden, fx kaffe eller frokost, før I går i gang.',
      en: 'Set aside time to talk without an agenda, such as coffee or lunch before you start.',
    },
    {
      da: 'Sæt deltagerne sammen to og to mellem møderne, så de lærer hinanden at kende på tomandshånd.',
      en: 'Pair members up between meetings so they get to know each other one to one.',
    },
  ],
  interest: [
    {
      da: 'Lad hver deltager forberede et par spørgsmål om en af de andres arbejde til næste møde.',
      en: 'Ask each member to prepare a couple of questions about another member’s work for the next meeting.',
    },
    {
      da: 'Gør det til en vane at spørge, før man fortæller: Lyt til de andre, før du taler om dig selv.',
      en: 'Make it a habit to ask before you tell: listen to the others before talking about yourself.',
    },
    {
      da: 'Slut runden af med spørgsmålet: Hvad kan vi gøre for dig?',
      en: 'Close each round with one question: what could we do for you?',
    },
  ],
  passion: [
    {
      da: 'Vælg sammen et fagligt tema, som I holder fast i over de næste par møder.',
      en: 'Choose a professional theme together and stay with it over the next few meetings.',
    },
    {
      da: 'Lad en deltager tage en aktuel sag med hver gang, som de andre giver gode råd til.',
      en: 'Let one member bring a live problem each time and have the others give advice on it.',
    },
    {
      da: 'Spørg, hvad hver især vil lære, og hvad de kan lære fra sig, og planlæg møderne ud fra svarene.',
      en: 'Ask what each person wants to learn and what they can teach, and plan the meetings around the answers.',
    },
  ],
  structure: [
    {
      da: 'Aftal en fast ramme for møderne, fx runde, sag og afrunding, og skift indholdet ud fra gang til gang.',
      en: 'Agree a fixed frame for meetings, such as a round, a case and a wrap-up, and change what goes into it.',
    },
    {
      da: 'Lad rollen som mødeleder gå på skift, så alle står for et møde i løbet af året.',
      en: 'Rotate the chair so that everyone leads a meeting in the course of the year.',
    },
    {
      da: 'Sørg for, at alle både giver og får noget hver gang: et råd, en idé eller en kontakt.',
      en: 'Make sure everyone both gives and gets something at every meeting: advice, an idea or a contact.',
    },
  ],
};

export interface CheckInScore {
  /** The average of the rated marks, or null when none is rated. Unrounded. */
  average: number | null;
  /** How many of the five marks are rated. */
  rated: number;
  /** The lowest rating given, or null when none is rated. */
  lowest: Rating | null;
  /**
   * The marks with the lowest rating, in the fixed order of `marks` (ties are all kept). Empty when
   * nothing is rated, and when the lowest rating is 5: then nothing is weak.
   */
  weakest: Mark[];
  /** Every rated mark got the same rating (so "weakest" is all of them). */
  even: boolean;
}

/** Score one check-in. */
export function scoreCheckIn(checkIn: Pick<CheckIn, 'ratings'>): CheckInScore {
  const rated = marks.filter((m) => checkIn.ratings[m] !== null);
  if (!rated.length) return { average: null, rated: 0, lowest: null, weakest: [], even: false };
  const values = rated.map((m) => checkIn.ratings[m] as Rating);
  const lowest = Math.min(...values) as Rating;
  const highest = Math.max(...values);
  const average = values.reduce((a, b) => a + b, 0) / values.length;
  const weakest = lowest === 5 ? [] : rated.filter((m) => checkIn.ratings[m] === lowest);
  return { average, rated: rated.length, lowest, weakest, even: lowest === highest };
}

/** The suggestions for some marks (usually `scoreCheckIn(…).weakest`), in one language. */
export function suggestionsFor(forMarks: readonly Mark[], lang: Locale): { mark: Mark; suggestions: string[] }[] {
  return forMarks.map((mark) => ({ mark, suggestions: vitalitySuggestions[mark].map((s) => s[lang]) }));
}

/**
 * How a mark moved since the check-in before: up, down or the same; new when the previous check-in
 * did not rate it (or there is none); none when this check-in does not rate it.
 */
export type Change = 'up' | 'down' | 'same' | 'new' | 'none';

export interface TrendPoint {
  checkInId: string;
  date: string;
  rating: Rating | null;
  change: Change;
  /** The difference from the previous check-in's rating, when both are rated. */
  delta: number | null;
  /** The members' own marks for the sign (when they voted): the median, lowest and highest, and how many. */
  median: number | null;
  low: Rating | null;
  high: Rating | null;
  voters: number;
  /** Members' marks lie 2 or more apart. */
  disagree: boolean;
}

export interface VitalityTrend {
  /** The check-ins in date order (same-day check-ins in the order they were made). */
  points: { checkInId: string; date: string; average: number | null }[];
  /** Per mark, one point per check-in, in date order: the chart's lines and the table's rows. */
  series: Record<Mark, TrendPoint[]>;
  /** Per mark, the change at the latest check-in ('none' when there are no check-ins). */
  latest: Record<Mark, Change>;
}

function changeOf(rating: Rating | null, previous: Rating | null | undefined): { change: Change; delta: number | null } {
  if (rating === null) return { change: 'none', delta: null };
  if (previous === null || previous === undefined) return { change: 'new', delta: null };
  const delta = rating - previous;
  return { change: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same', delta };
}

/** Each mark over the dated check-ins, with the change from one check-in to the next. */
export function vitalityTrend(checkIns: readonly CheckIn[]): VitalityTrend {
  const sorted = sortCheckIns(checkIns);
  const series = {} as Record<Mark, TrendPoint[]>;
  const latest = {} as Record<Mark, Change>;
  const spreads = sorted.map((c) => voteSpread(c.votes ?? []));
  for (const mark of marks) {
    series[mark] = sorted.map((c, i) => {
      const rating = c.ratings[mark];
      const spread = spreads[i]![mark];
      return {
        checkInId: c.id,
        date: c.date,
        rating,
        ...changeOf(rating, sorted[i - 1]?.ratings[mark]),
        median: spread.median,
        low: spread.low,
        high: spread.high,
        voters: spread.values.length,
        disagree: spread.disagree,
      };
    });
    latest[mark] = series[mark].at(-1)?.change ?? 'none';
  }
  const points = sorted.map((c) => ({ checkInId: c.id, date: c.date, average: scoreCheckIn(c).average }));
  return { points, series, latest };
}
