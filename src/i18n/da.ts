/**
 * Danish UI strings: the reference dictionary. Keys are flat and dotted by area.
 * `en.ts` must have every key (the type checker enforces it).
 */
export const da = {
  'site.name': 'Netværkskompasset',
  'site.tagline': 'Få mere ud af dit netværk: artikler, øvelser og et workshopkit',
  'site.description':
    'Netværkskompasset hjælper dig med at finde ud af, hvad du vil med dit netværk, og giver dig øvelser til alene, i gruppen og på workshop.',

  'skip.toMain': 'Gå til indholdet',
  'nav.label': 'Hovedmenu',
  'nav.articles': 'Artikler',
  'nav.exercises': 'Øvelser',
  'nav.workshop': 'Workshop',
  'nav.search': 'Søg',
  'nav.myData': 'Mine data',
  'nav.home': 'Forside',
  'lang.switchLabel': 'Read this page in English',
  'lang.switchText': 'English',

  'search.label': 'Søg på siden',
  'search.submit': 'Søg',
  'search.placeholder': 'fx visitkort',
  'search.title': 'Søg',
  'search.intro': 'Søg i artikler og øvelser. Søgningen sker i din egen browser.',
  'search.loading': 'Henter søgningen …',
  'search.none': 'Ingen resultater for “{q}”.',
  'search.count': '{n} resultater for “{q}”.',
  'search.countOne': '1 resultat for “{q}”.',
  'search.failed': 'Søgningen kunne ikke hentes. Prøv at genindlæse siden.',
  'search.noscript': 'Søgningen kræver JavaScript. Du kan også se alle artikler i oversigten.',

  'footer.privacy': 'Alt, hvad du skriver i øvelserne, bliver på din egen enhed. Vi har ingen server, ingen konti og ingen sporing.',
  'footer.about': 'Om Netværkskompasset',
  'footer.accessibility': 'Tilgængelighed',
  'footer.rss': 'RSS-feed',
  'footer.madeBy': 'Skrevet og bygget af holdet bag Netværkskompasset.',

  'home.title': 'Få mere ud af dit netværk',
  'home.lead':
    'Et netværk er ikke en liste over navne. Det er det, I skaber sammen. Her finder du korte artikler og tre øvelser, der hjælper dig med at beslutte, hvad du vil, og komme i gang.',
  'home.exercisesHeading': 'Tre øvelser',
  'home.articlesHeading': 'Artikler',
  'home.workshopHeading': 'Til workshoppen',
  'home.workshopText': 'En plan med tider, opgaver og ark til at printe, når du skal køre en netværksworkshop.',
  'home.allArticles': 'Alle artikler',
  'home.privacyHeading': 'Dine svar bliver hos dig',

  'exercises.title': 'Øvelser',
  'exercises.intro': 'Tre øvelser, du kan lave alene, i en netværksgruppe eller på en workshop. Dine svar gemmes kun i din browser.',
  'exercise.quiz.title': 'Hvad vil du have ud af netværk?',
  'exercise.quiz.summary': 'En kort test, der viser, om du mest søger fællesskab, adgang, indflydelse eller læring.',
  'exercise.groupPurpose.title': 'Gruppens formål',
  'exercise.groupPurpose.summary': 'Et arbejdsark, hvor netværksgruppen bliver enig om, hvad den er til for, og tjekker, om den er levende.',
  'exercise.contactMap.title': 'Netværkskort',
  'exercise.contactMap.summary': 'Find de mennesker, du kender, sammenhæng for sammenhæng, og se, hvad de kan betyde for dit mål.',
  'exercise.comingSoon': 'Øvelsen er på vej. Indtil da kan du læse artiklerne, der hører til.',
  'exercise.related': 'Læs også',

  'articles.title': 'Artikler',
  'articles.intro': 'Korte, praktiske tekster om at få værdi ud af netværk. Hver artikel slutter med en øvelse.',
  'article.keyPoints': 'Kort fortalt',
  'article.toc': 'Indhold',
  'article.readingTime': '{n} min. læsning',
  'article.updated': 'Opdateret',
  'article.previous': 'Forrige artikel',
  'article.next': 'Næste artikel',
  'article.anchor': 'Link til afsnittet',
  'article.neighbours': 'Flere artikler',

  'workshop.title': 'Workshop',
  'workshop.intro': 'Materialer til dig, der skal facilitere en netværksworkshop for 6–30 deltagere.',

  'myData.title': 'Mine data',
  'myData.intro':
    'Alt, hvad du skriver i øvelserne, gemmes kun i denne browser på denne enhed. Intet sendes nogen steder hen. Browseren kan slette gemte data, så eksportér en kopi, hvis dine svar betyder noget for dig.',

  'myData.factDevice': 'Dine svar ligger kun i denne browser på denne enhed. Vi har ingen server og ser dem aldrig.',
  'myData.factEviction':
    'Browsere kan slette gemte data: når du rydder browserdata, i privat browsing, og i Safari efter 7 dage uden besøg på siden.',
  'myData.factBackup': 'Filen, du henter herunder, er din backup. Gem den et sikkert sted, og læg den ind igen, hvis dine svar forsvinder.',

  'about.title': 'Om Netværkskompasset',
  'about.description': 'Hvad Netværkskompasset er, hvordan du bruger det, og hvor idéerne kommer fra.',

  'a11y.title': 'Tilgængelighed',
  'a11y.description': 'Sådan gør vi Netværkskompasset brugbart for alle, og hvad du kan gøre, hvis noget ikke virker.',

  'notFound.title': 'Siden findes ikke',
  'notFound.text': 'Vi kan ikke finde den side, du leder efter. Måske er den flyttet.',
  'notFound.home': 'Gå til forsiden',
  'notFound.search': 'Søg på siden',
} as const;

export type UiKey = keyof typeof da;
