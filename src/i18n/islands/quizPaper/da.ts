export const da = {
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
