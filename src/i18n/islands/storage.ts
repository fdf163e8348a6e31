import type { Locale } from '../locales';

/** Strings for the save state and storage problems, shared by every exercise. */
const da = {
  savedAt: 'Gemt i denne browser kl. {time}',
  savedOn: 'Gemt i denne browser {date} kl. {time}',
  notSavedYet: 'Dine svar gemmes i denne browser, så snart du svarer.',
  checking: 'Henter dine gemte svar …',
  unsaved: 'Ikke gemt: browserens lager er fuldt.',
  memory: 'Gemmes ikke: din browser tillader ikke, at siden gemmer data.',
  readonly: 'Kun visning: dine data er gemt af en nyere udgave af siden.',
  recoveredTitle: 'Vi kunne ikke læse dine gemte svar',
  recoveredText:
    'Det, der var gemt, var beskadiget eller i et format, vi ikke kender. Øvelsen starter forfra. Vi har gemt en kopi af de gamle data, som du kan hente.',
  downloadBackup: 'Hent kopien af de gamle data',
  dismissBackup: 'Slet kopien',
  memoryTitle: 'Dine svar bliver ikke gemt',
  memoryText:
    'Din browser blokerer for, at siden gemmer data (det sker fx, når cookies er slået fra). Øvelsen virker, men svarene forsvinder, når du lukker siden. Hent dem som fil, før du går.',
  quotaTitle: 'Din seneste ændring er ikke gemt',
  quotaText:
    'Browserens lager er fuldt. Ændringen står stadig på skærmen, men forsvinder, hvis du lukker siden. Hent dine svar som fil, eller ryd plads under Mine data.',
  downloadAnswers: 'Hent dine svar som fil',
  readonlyTitle: 'Genindlæs siden',
  readonlyText: 'Dine data er gemt af en nyere udgave af Netværkskompasset. Vi ændrer dem ikke. Genindlæs siden for at få den nye udgave.',
  reload: 'Genindlæs siden',
  myDataLink: 'Mine data',
  saving: 'Gemmer …',
  fieldConflictTitle: 'En anden fane har ændret dette felt, mens du skrev',
  fieldConflictMine: 'Din tekst',
  fieldConflictTheirs: 'Teksten fra den anden fane',
  fieldConflictEmpty: '(tom)',
  fieldKeepMine: 'Behold min',
  fieldUseTheirs: 'Brug den anden',
  fieldCounter: '{length} af {limit} tegn',
  fieldOverLimit: 'Teksten fylder {length} tegn, og der er plads til {limit}. Den er ikke gemt endnu: gør den {excess} tegn kortere.',
};
export type StorageStrings = typeof da;

const en: StorageStrings = {
  savedAt: 'Saved in this browser at {time}',
  savedOn: 'Saved in this browser on {date} at {time}',
  notSavedYet: 'Your answers are saved in this browser as soon as you answer.',
  checking: 'Loading your saved answers …',
  unsaved: 'Not saved: the browser’s storage is full.',
  memory: 'Not saved: your browser does not let this site store data.',
  readonly: 'View only: your data was saved by a newer version of the site.',
  recoveredTitle: 'We could not read your saved answers',
  recoveredText:
    'What was stored was damaged or in a format we do not know. The exercise starts afresh. We kept a copy of the old data for you to download.',
  downloadBackup: 'Download the copy of the old data',
  dismissBackup: 'Delete the copy',
  memoryTitle: 'Your answers are not being saved',
  memoryText:
    'Your browser blocks this site from storing data (this happens when cookies are turned off, for example). The exercise works, but your answers disappear when you close the page. Download them as a file before you leave.',
  quotaTitle: 'Your latest change was not saved',
  quotaText:
    'The browser’s storage is full. The change is still on screen, but it will be lost if you close the page. Download your answers as a file, or free up space under My data.',
  downloadAnswers: 'Download your answers as a file',
  readonlyTitle: 'Reload the page',
  readonlyText:
    'Your data was saved by a newer version of Netværkskompasset. We will not change it. Reload the page to get the new version.',
  reload: 'Reload the page',
  myDataLink: 'My data',
  saving: 'Saving …',
  fieldConflictTitle: 'Another tab changed this field while you were typing',
  fieldConflictMine: 'Your text',
  fieldConflictTheirs: 'The text from the other tab',
  fieldConflictEmpty: '(empty)',
  fieldKeepMine: 'Keep mine',
  fieldUseTheirs: 'Use the other',
  fieldCounter: '{length} of {limit} characters',
  fieldOverLimit:
    'The text is {length} characters long, and there is room for {limit}. It has not been saved yet: make it {excess} characters shorter.',
};

export const storageStrings: Record<Locale, StorageStrings> = { da, en };
