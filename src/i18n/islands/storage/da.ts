/** Strings for the save state and storage problems, shared by every exercise. */
export const da = {
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
