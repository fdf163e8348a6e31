import type { QuizPaperStrings } from './da';

export const en: QuizPaperStrings = {
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
