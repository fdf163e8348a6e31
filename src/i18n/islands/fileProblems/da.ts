import { csvHeaders } from '../../../lib/contacts/formats/vocabulary';
import { da as uiDa } from '../../da';
import { groupStrings } from '../group';

/**
 * Why an imported file cannot be used, in words: the "My data" backup, the contact map's JSON, and a
 * group worksheet file. Worded by `src/i18n/fileProblems.ts` from the codes the parsers return; loaded when
 * a file is checked, not with the page. Every sentence is whole, so it can stand alone or after an
 * exercise's name.
 */

/** The exercises whose data can be imported (the "My data" page lists them in this order). */
export type ImportKind = 'quiz' | 'groupPurpose' | 'contactMap' | 'contactSnapshots' | 'addressBook' | 'room';

const gDa = groupStrings.da;

export const da = {
  /** `{size}` and `{limit}` are as precise as it takes to tell them apart ("2,02 MB", "2 MB"). */
  tooLarge: 'Filen fylder {size}. Den må højst fylde {limit}.',
  empty: 'Filen er tom.',
  notText: 'Filen er ikke en tekstfil. Måske er det et billede eller en PDF.',
  notJson: 'Filen kan ikke læses. Den er måske ikke hentet helt, eller den er blevet ændret i hånden.',
  forbiddenKey: 'Filen indeholder feltet “{key}”, som vi af sikkerhedshensyn ikke tager imod.',
  newerFormat: 'Filen er lavet af en nyere udgave af siden. Genindlæs siden, og prøv igen.',
  noChecks: 'Filen kunne ikke tjekkes, fordi en del af siden ikke er hentet. Genindlæs siden, når du er på nettet, og prøv igen.',

  /* The "My data" backup. */
  notBackup: 'Filen er ikke en kopi fra Netværkskompasset.',
  /** One exercise's part of a backup, after its name. */
  entry: '{exercise}: {problem}',
  entryField: '{field} mangler eller er forkert.',
  entryFields: {
    version: 'Versionsnummeret',
    savedAt: 'Tidspunktet for, hvornår dataene blev gemt',
    data: 'Dataene',
    '': 'Dataene',
  } as Record<string, string>,
  entryNewer: 'Dataene er fra en nyere udgave af siden. Genindlæs siden, og prøv igen.',
  entryUnreadable: 'Dataene kan ikke læses af denne udgave af siden.',

  /* A group worksheet file. */
  notWorksheet: 'Filen er ikke et arbejdsark fra Netværkskompasset. Et arbejdsark hentes som fil med knappen “{button}”.',
  backupNotWorksheet: 'Filen er en kopi af alle dine data, ikke et enkelt arbejdsark. Læg den ind på siden “{page}”.',
  invalidWorksheet: 'Arbejdsarket i filen har fejl. {problems}',
  tooManyWorksheets: 'Der er allerede {limit} arbejdsark her, og der er ikke plads til flere. Slet et, og prøv igen.',
  idConflict: 'Der er allerede et arbejdsark med samme nøgle her. Prøv igen.',
  button: gDa.exportOne as string,
  page: uiDa['nav.myData'] as string,
  andMore: 'Og {n} fejl mere.',

  /** What is wrong with data that breaks the checks; `{field}` is a name from `fields`. */
  issues: {
    tooMany: 'Der må højst være {limit} {items}, og filen har flere.',
    tooLong: 'En tekst i “{field}” er længere end de {limit} tegn, der er plads til.',
    tooLongSomewhere: 'En tekst er længere end de {limit} tegn, der er plads til.',
    empty: '“{field}” er tomt.',
    emptySomewhere: 'Et felt, der skal udfyldes, er tomt.',
    invalid: '“{field}” mangler eller er forkert.',
    invalidSomewhere: 'Et felt mangler eller er forkert.',
  },
  /** What a list holds, for `issues.tooMany`; by the list's field name, per exercise. */
  items: {
    quiz: { answers: 'svar', history: 'gemte resultater' },
    groupPurpose: {
      worksheets: 'arbejdsark',
      order: 'arbejdsark',
      contributions: 'medlemmer',
      checkIns: 'målinger',
      votes: 'medlemmers karakterer',
      memberResults: 'medlemmers resultater',
    },
    contactMap: { people: 'personer', order: 'personer', contexts: 'sammenhænge', roles: 'ting, en person kan give' },
    contactSnapshots: { snapshots: 'øjebliksbilleder', people: 'personer', ties: 'par, der kender hinanden' },
    addressBook: { people: 'personer', companies: 'virksomheder', positions: 'stillinger' },
    room: { entries: 'resultater' },
    other: 'poster',
  } as Record<ImportKind, Record<string, string>> & { other: string },
  /** Field names as the reader knows them, by the field's path (the longest match wins). */
  fields: {
    quiz: {
      answers: 'Dine svar',
      step: 'Hvor langt du er nået',
      history: 'Gemte resultater',
      'history.at': 'Tidspunkt for et resultat',
      'history.scores': 'Point i et resultat',
      'history.answered': 'Antal svar i et resultat',
    },
    groupPurpose: {
      worksheets: 'Arbejdsark',
      order: 'Rækkefølgen af arbejdsark',
      id: 'Intern nøgle',
      name: 'Gruppens navn',
      createdAt: 'Oprettet',
      updatedAt: 'Senest ændret',
      'purpose.text': gDa.fields.text,
      'purpose.first': gDa.fields.first,
      'purpose.second': gDa.fields.second,
      'purpose.memberValue': gDa.fields.memberValue,
      'purpose.timeValue': gDa.fields.timeValue,
      'boundaries.openness': gDa.fields.openness,
      'boundaries.kind': gDa.fields.kind,
      'boundaries.focus': gDa.fields.focus,
      'boundaries.privateLine': gDa.fields.privateLine,
      'members.who': gDa.fields.who,
      'members.mix': gDa.fields.mix,
      'members.missing': gDa.fields.missing,
      'content.shared': gDa.fields.shared,
      'content.passion': gDa.fields.passion,
      'form.rhythm': gDa.fields.rhythm,
      'form.structure': gDa.fields.structure,
      'form.variation': gDa.fields.variation,
      'form.leadership': gDa.fields.leadership,
      'form.giveReceive': gDa.fields.giveReceive,
      'measure.worth': gDa.fields.worth,
      'measure.revisit': gDa.fields.revisit,
      contributions: 'Medlemmer og bidrag',
      'contributions.id': 'Intern nøgle for et medlem',
      'contributions.name': 'Et medlems navn',
      'contributions.contribution': gDa.memberContribution,
      checkIns: 'Målinger',
      'checkIns.id': 'Intern nøgle for en måling',
      'checkIns.date': 'Dato for en måling',
      'checkIns.note': 'Note til en måling',
      'checkIns.ratings': 'Karakterer i en måling',
      'ratings.purpose': 'En karakter i en måling',
      'ratings.relationships': 'En karakter i en måling',
      'ratings.interest': 'En karakter i en måling',
      'ratings.passion': 'En karakter i en måling',
      'ratings.structure': 'En karakter i en måling',
      'checkIns.votes': 'Medlemmernes egne karakterer i en måling',
      'votes.name': 'Navnet ved et medlems karakterer',
      'votes.marks': 'Et medlems karakterer i en måling',
      memberResults: 'Medlemmernes resultater fra quizzen',
      'memberResults.id': 'Intern nøgle for et medlems resultat',
      'memberResults.name': 'Navnet ved et medlems resultat',
      'memberResults.code': 'Et medlems resultat fra quizzen',
    },
    contactMap: {
      ...csvHeaders.da,
      people: 'Personer',
      order: 'Rækkefølgen af personer',
      id: 'Intern nøgle',
      updatedAt: 'Senest ændret',
      goal: 'Dit mål',
      'goal.kind': 'Slags mål',
      'goal.text': 'Dit mål med dine egne ord',
      'goal.purpose': 'Formål fra quizzen',
    },
    contactSnapshots: {
      snapshots: 'Øjebliksbilleder',
      'snapshots.date': 'Datoen for et øjebliksbillede',
      'snapshots.people': 'Personerne i et øjebliksbillede',
    },
    addressBook: { people: 'Personer i adressebogen', companies: 'Virksomheder', positions: 'Stillinger' },
    room: {
      entries: 'Rummets resultater',
      'entries.code': 'Kode',
      'entries.scores': 'Point',
      'entries.at': 'Tidspunkt',
      duplicates: 'Dubletter',
    },
  } as Record<ImportKind, Record<string, string>>,
};
export type FileProblemStrings = typeof da;
