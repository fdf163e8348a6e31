import type { StorageStrings } from './da';

/** Strings for the save state and storage problems, shared by every exercise. */
export const en: StorageStrings = {
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
