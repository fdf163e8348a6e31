import type { UiKey } from './da';

/** English UI strings. Must have every key of `da.ts`: a missing key is a type error. */
export const en = {
  'site.name': 'Netværkskompasset',
  'site.tagline': 'Get more out of your network: articles, exercises and a workshop kit',
  'site.description':
    'Netværkskompasset (the network compass) helps you work out what you want from your network, with exercises to do alone, with your group or in a workshop.',

  'skip.toMain': 'Skip to content',
  'nav.label': 'Main menu',
  'nav.articles': 'Articles',
  'nav.exercises': 'Exercises',
  'nav.workshop': 'Workshop',
  'nav.search': 'Search',
  'nav.myData': 'My data',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'lang.switchLabel': 'Læs denne side på dansk – DA',
  'lang.switchText': 'Dansk',
  'lang.switchShort': 'DA',

  'search.label': 'Search the site',
  'search.submit': 'Search',
  'search.placeholder': 'e.g. business cards',
  'search.title': 'Search',
  'search.intro': 'Search the articles and exercises. The search runs in your own browser.',
  'search.loading': 'Loading search …',
  'search.none': 'No results for “{q}”.',
  'search.count': '{n} results for “{q}”.',
  'search.countOne': '1 result for “{q}”.',
  'search.failed': 'Search could not be loaded. Try reloading the page.',
  'search.noscript': 'Search needs JavaScript. You can also browse all articles in the index.',

  'footer.privacy': 'Everything you type into the exercises stays on your own device. We have no server, no accounts and no tracking.',
  'footer.about': 'About Netværkskompasset',
  'footer.accessibility': 'Accessibility',
  'footer.glossary': 'Glossary',
  'footer.rss': 'RSS feed',
  'footer.madeBy': 'Written and built by the Netværkskompasset team.',

  'home.title': 'Get more out of your network',
  'home.lead':
    'A network is not a list of names. It is what you and the people in it make together. Here are short articles and three exercises to help you decide what you want and get started.',
  'home.exercisesHeading': 'Three exercises',
  'home.articlesHeading': 'Articles',
  'home.workshopHeading': 'For your workshop',
  'home.workshopText': 'A timed plan, tasks and printable sheets for running a networking workshop.',
  'home.allArticles': 'All articles',
  'home.privacyHeading': 'Your answers stay with you',

  'exercises.title': 'Exercises',
  'exercises.intro': 'Three exercises to do alone, with a network group or in a workshop. Your answers are kept only in your browser.',
  'exercise.quiz.title': 'What do you want from networking?',
  'exercise.quiz.summary': 'A short quiz that shows whether you are mainly after community, access, influence or learning.',
  'exercise.groupPurpose.title': 'Group purpose',
  'exercise.groupPurpose.summary': 'A worksheet on which a network group agrees what it is for, and checks that it is still alive.',
  'exercise.contactMap.title': 'Contact map',
  'exercise.contactMap.summary': 'Recall the people you know, one part of your life at a time, and see what each could mean for your goal.',
  'exercise.comingSoon': 'This exercise is on its way. Meanwhile, the articles that go with it are ready to read.',
  'exercise.related': 'Read also',

  'articles.title': 'Articles',
  'articles.intro': 'Short, practical pieces on getting real value from networks. Each one ends with an exercise.',
  'article.keyPoints': 'In short',
  'article.toc': 'Contents',
  'article.readingTime': '{n} min read',
  'article.updated': 'Updated',
  'article.previous': 'Previous article',
  'article.next': 'Next article',
  'article.anchor': 'Link to section',
  'article.neighbours': 'More articles',
  'article.sources': 'Sources',
  'article.readNext': 'Read next',
  'article.readNextArticles': 'Articles',
  'article.readNextExercises': 'Exercises',

  'workshop.title': 'Workshop',
  'workshop.intro': 'A guide and sheets to print for facilitators running a networking workshop for 6–30 people.',
  'workshop.kitHeading': 'What you need',
  'workshop.kitHandouts': 'All handouts to print',
  'workshop.kitHandoutsText':
    'The quiz, the worksheet, the vitality check, the blank contact map, the four purposes, four corner signs and a sheet for each article. Print them all in one go.',
  'workshop.kitQuizPaper': 'The quiz on paper',
  'workshop.kitQuizPaperText': 'For people who would rather not use their phone. With a key, so they can count their own score.',
  'workshop.kitGroupBlank': 'Group purpose, blank sheet',
  'workshop.kitGroupBlankText': 'Print the sheet (2 pages) for each table. The group fills it in together with a pen, one block at a time.',
  'workshop.kitContactBlank': 'Contact map, blank sheet',
  'workshop.kitContactBlankText':
    'Print one map for each participant. They write their goal at the top and put names in the rings, the closest in the middle.',
  'workshop.kitMyResults': 'Print my results',
  'workshop.kitMyResultsText': 'Participants can gather their own answers from the exercises and print them as one document.',
  'workshop.offline': 'The site works without a connection once it has been opened. Ask participants to open it while the wifi works.',
  'workshop.contents': 'On this page',
  'workshop.exercisesHeading': 'The exercises on screen',
  'handouts.cornerKicker': 'Corner sign',
  'workshop.time': 'Time',
  'workshop.minutes': 'Min.',
  'workshop.what': 'What happens',
  'workshop.talkPoints': 'Talking points for your talk at {at} ({minutes} min.)',
  'workshop.present': 'Show the plan on screen with a countdown',
  'workshop.notes': 'Your notes for each step (for a phone or a second window)',
  'workshop.presenterTitle': 'Presenter view: {plan}',
  'workshop.notesTitle': 'Notes: {plan}',
  'workshop.presenterIntro': 'The plan on a projector, with a countdown for each step.',
  'workshop.notesIntro': 'Talking points for each step of the plan.',
  'workshop.scannerHeading': 'The room’s results',

  'handouts.title': 'All handouts to print',
  'handouts.intro':
    'All the workshop handouts in one place, so you can print them in one go. Each one starts on a new page. The QR code on each sheet leads to the same exercise or article online.',
  'handouts.print': 'Print all handouts ({n} pages)',
  'handouts.contents': 'The handouts in order',
  'handouts.onePage': '1 page',
  'handouts.pages': '{n} pages',
  'handouts.single': 'Only need one sheet? Print it from its own page:',
  'handouts.singleQuiz': 'The quiz on paper',
  'handouts.singleGroup': 'Group purpose, blank sheet',
  'handouts.toGuide': 'See the guide with workshop plans',
  'handouts.purposesTitle': 'The four purposes of a network',
  'handouts.purposesIntro':
    'There are four things people look for in a network. Most want more than one of them. But one network can rarely give you all four.',
  'handouts.tryIt': 'Try it',
  'handouts.notes': 'Your notes',

  'myData.title': 'My data',
  'myData.intro':
    'Everything you type into the exercises is kept only in this browser on this device. Nothing is sent anywhere. Browsers can delete stored data, so export a copy if your answers matter to you.',

  'myData.factDevice': 'Your answers are kept only in this browser on this device. We have no server and never see them.',
  'myData.factEviction':
    'Browsers can delete stored data: when you clear browsing data, in private browsing, and in Safari after 7 days without a visit to the site.',
  'myData.factBackup': 'The file you download below is your backup. Keep it somewhere safe, and load it again if your answers disappear.',

  'myData.resultsLink': 'See and print your results from all exercises',

  'myResults.title': 'My results',
  'myResults.intro':
    'Your own results from the exercises, gathered so you can print them as one document. They come from this browser and are not sent anywhere.',
  'myResults.print': 'Print my results',
  'myResults.toMyData': 'Save a copy of your data under My data',

  'offline.heading': 'Articles without a connection',
  'offline.text':
    'The exercises and the workshop kit work offline once you have visited the site. An article is kept when you read it. To take all of them with you, download them here. It is {size}.',
  'offline.keep': 'Keep all articles offline',
  'offline.progress': 'Downloading … {done} of {total} files',
  'offline.done': 'All articles are kept on this device ({total} files). You can now read them without a connection.',
  'offline.failed': 'The articles could not be downloaded. Check your connection and try again.',
  'offline.unsupported': 'Your browser cannot keep pages for use without a connection.',

  'sw.update': 'A new version of the site is ready.',
  'sw.reload': 'Reload',
  'sw.later': 'Not now',

  'about.title': 'About Netværkskompasset',
  'about.description': 'What Netværkskompasset is, how to use it, and where its ideas come from.',

  'glossary.title': 'Glossary',
  'glossary.description':
    'The words we use on Netværkskompasset, briefly explained: the four purposes, the three roles on the contact map, weak ties and more.',

  'a11y.title': 'Accessibility',
  'a11y.description': 'How we make Netværkskompasset usable for everyone, and what to do if something does not work for you.',

  'notFound.title': 'Page not found',
  'notFound.text': 'We cannot find the page you are looking for. It may have moved.',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search the site',
} as const satisfies Record<UiKey, string>;
