import type { Locale } from '../locales';

const da = {
  title: 'Hvad vil du have ud af netværk? (papirudgave)',
  intro: 'Sæt ét kryds ved hvert spørgsmål, ved det svar, der ligner dig mest. Tæl derefter dine point med nøglen på side 2.',
  print: 'Print papirudgaven',
  online: 'Tag quizzen på skærmen i stedet',
  keyTitle: 'Sådan tæller du dine point',
  keyIntro: 'Find dit kryds for hvert spørgsmål i tabellen. Sæt en streg i den kolonne, hvor bogstavet står. Tæl stregerne i hver kolonne.',
  question: 'Spørgsmål',
  total: 'I alt',
  keyAfter: 'Den kolonne med flest streger er det, du mest søger i et netværk lige nu. Står to kolonner lige, søger du begge dele.',
  more: 'Læs mere om dit resultat på',
};
export type QuizPaperStrings = typeof da;

const en: QuizPaperStrings = {
  title: 'What do you want from networking? (paper version)',
  intro: 'Tick one answer for each question: the one most like you. Then count your score with the key on page 2.',
  print: 'Print the paper version',
  online: 'Take the quiz on screen instead',
  keyTitle: 'How to count your score',
  keyIntro:
    'For each question, find the letter you ticked in the table and make a mark in that column. Then count the marks in each column.',
  question: 'Question',
  total: 'Total',
  keyAfter: 'The column with the most marks is what you are mainly after in a network right now. If two columns tie, you want both.',
  more: 'Read more about your result at',
};

export const quizPaperStrings: Record<Locale, QuizPaperStrings> = { da, en };
