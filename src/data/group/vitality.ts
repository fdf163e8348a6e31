import type { Mark } from '../../lib/group/types';
import type { Bilingual } from '../../lib/site/locale';

/**
 * The vitality check-in's texts in both languages: what each of the signs of a group that lasts means,
 * and what to try when one is weak. The signs themselves (ids and order) are `marks` in
 * `src/lib/group/types.ts`; the type checker insists on texts for every sign.
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
