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
  'nav.menu': 'Menu',
  'nav.home': 'Forside',
  'lang.switchLabel': 'Read this page in English – EN',
  'lang.switchText': 'English',
  /** The language switch on a narrow phone (under 360 px), where the whole word would cut the site's name. The label holds it too, so it is part of the link's spoken name (WCAG 2.5.3). */
  'lang.switchShort': 'EN',

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
  'footer.glossary': 'Ordliste',
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
  'exercise.quiz.summary': 'En kort quiz, der viser, om du mest søger fællesskab, adgang, indflydelse eller læring.',
  'exercise.groupPurpose.title': 'Gruppens formål',
  'exercise.groupPurpose.summary':
    'Et arbejdsark, hvor netværksgruppen bliver enig om, hvad den er til for, og tjekker, om den er levende.',
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
  'article.sources': 'Kilder',
  'article.readNext': 'Læs også',
  'article.readNextArticles': 'Artikler',
  'article.readNextExercises': 'Øvelser',

  'workshop.title': 'Workshop',
  'workshop.intro': 'En guide og ark til at printe, når du skal lede en netværksworkshop for 6–30 deltagere.',
  'workshop.kitHeading': 'Det skal du bruge',
  'workshop.kitHandouts': 'Alle ark til at printe',
  'workshop.kitHandoutsText':
    'Quizzen, arbejdsarket, vitalitetstjekket, det tomme netværkskort, de fire formål, fire hjørneskilte og et ark til hver artikel. Print det hele på én gang.',
  'workshop.kitQuizPaper': 'Quizzen på papir',
  'workshop.kitQuizPaperText': 'Til dem, der ikke vil bruge telefonen. Med en nøgle, så de selv kan tælle point.',
  'workshop.kitGroupBlank': 'Gruppens formål, tomt ark',
  'workshop.kitGroupBlankText': 'Print arket (2 sider) til hvert bord. Gruppen udfylder det sammen med pen, én blok ad gangen.',
  'workshop.kitContactBlank': 'Netværkskort, tomt ark',
  'workshop.kitContactBlankText':
    'Print ét kort til hver deltager. De skriver deres mål øverst og sætter navne i ringene, de nærmeste inderst.',
  'workshop.kitMyResults': 'Print mine resultater',
  'workshop.kitMyResultsText': 'Deltagerne kan samle deres egne svar fra øvelserne og printe dem som ét dokument.',
  'workshop.offline': 'Siden virker uden net, når den er åbnet én gang. Bed deltagerne åbne den, mens der er wifi.',
  'workshop.contents': 'På siden',
  'workshop.exercisesHeading': 'Øvelserne på skærmen',
  'handouts.cornerKicker': 'Hjørneskilt',
  'workshop.time': 'Tid',
  'workshop.minutes': 'Min.',
  'workshop.what': 'Hvad sker der',
  'workshop.talkPoints': 'Stikord til dit oplæg kl. {at} ({minutes} min.)',
  'workshop.present': 'Vis planen på skærmen med nedtælling',
  'workshop.notes': 'Dine noter til hvert trin (til en telefon eller et ekstra vindue)',
  'workshop.presenterTitle': 'Præsentation: {plan}',
  'workshop.notesTitle': 'Noter: {plan}',
  'workshop.presenterIntro': 'Planen på en projektor, med nedtælling for hvert trin.',
  'workshop.notesIntro': 'Stikord til hvert trin i planen.',
  'workshop.scannerHeading': 'Rummets resultater',

  'handouts.title': 'Alle ark til at printe',
  'handouts.intro':
    'Her er alle arkene til workshoppen samlet, så du kan printe dem på én gang. Hvert ark starter på en ny side. QR-koden på arket fører til samme øvelse eller artikel på nettet.',
  'handouts.print': 'Print alle ark ({n} sider)',
  'handouts.contents': 'Arkene i rækkefølge',
  'handouts.onePage': '1 side',
  'handouts.pages': '{n} sider',
  'handouts.single': 'Skal du kun bruge ét ark? Så print det fra sin egen side:',
  'handouts.singleQuiz': 'Quizzen på papir',
  'handouts.singleGroup': 'Gruppens formål, tomt ark',
  'handouts.toGuide': 'Se guiden med planer for workshoppen',
  'handouts.purposesTitle': 'De fire formål med netværk',
  'handouts.purposesIntro':
    'Der er fire ting, man kan søge i et netværk. De fleste vil have mere end én af dem. Men ét netværk kan sjældent give dig alle fire.',
  'handouts.tryIt': 'Prøv selv',
  'handouts.notes': 'Dine noter',

  'myData.title': 'Mine data',
  'myData.intro':
    'Alt, hvad du skriver i øvelserne, gemmes kun i denne browser på denne enhed. Intet sendes nogen steder hen. Browseren kan slette gemte data, så eksportér en kopi, hvis dine svar betyder noget for dig.',

  'myData.factDevice': 'Dine svar ligger kun i denne browser på denne enhed. Vi har ingen server og ser dem aldrig.',
  'myData.factEviction':
    'Browsere kan slette gemte data: når du rydder browserdata, i privat browsing, og i Safari efter 7 dage uden besøg på siden.',
  'myData.factBackup': 'Filen, du henter herunder, er din backup. Gem den et sikkert sted, og læg den ind igen, hvis dine svar forsvinder.',

  'myData.resultsLink': 'Se og print dine resultater fra alle øvelser',

  'myResults.title': 'Mine resultater',
  'myResults.intro':
    'Her er dine egne resultater fra øvelserne, samlet så du kan printe dem som ét dokument. De kommer fra denne browser og bliver ikke sendt nogen steder hen.',
  'myResults.print': 'Print mine resultater',
  'myResults.toMyData': 'Gem en kopi af dine data under Mine data',

  'offline.heading': 'Artikler uden forbindelse',
  'offline.text':
    'Øvelserne og workshopsættet virker uden forbindelse, når du har besøgt siden én gang. En artikel bliver gemt, når du læser den. Vil du have dem alle med, kan du hente dem her. Det er {size}.',
  'offline.keep': 'Gem alle artikler på enheden',
  'offline.progress': 'Henter … {done} af {total} filer',
  'offline.done': 'Alle artikler er gemt på enheden ({total} filer). Du kan nu læse dem uden forbindelse.',
  'offline.failed': 'Artiklerne kunne ikke hentes. Tjek din forbindelse, og prøv igen.',
  'offline.unsupported': 'Din browser kan ikke gemme sider, så de virker uden forbindelse.',

  'sw.update': 'Der er en ny udgave af siden.',
  'sw.reload': 'Genindlæs',
  'sw.later': 'Ikke nu',

  'about.title': 'Om Netværkskompasset',
  'about.description': 'Hvad Netværkskompasset er, hvordan du bruger det, og hvor idéerne kommer fra.',

  'glossary.title': 'Ordliste',
  'glossary.description':
    'Ordene, vi bruger på Netværkskompasset, forklaret kort: de fire formål, de tre roller i netværkskortet, svage bånd og mere.',

  'a11y.title': 'Tilgængelighed',
  'a11y.description': 'Sådan gør vi Netværkskompasset brugbart for alle, og hvad du kan gøre, hvis noget ikke virker.',

  'notFound.title': 'Siden findes ikke',
  'notFound.text': 'Vi kan ikke finde den side, du leder efter. Måske er den flyttet.',
  'notFound.home': 'Gå til forsiden',
  'notFound.search': 'Søg på siden',
} as const;

export type UiKey = keyof typeof da;
