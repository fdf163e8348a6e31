import { contextWordsIn } from '../../../data/contacts/contexts';
import { closenessLevels, contexts, roles, type Closeness, type ContactContext, type ContactRole } from '../types';

/**
 * The words our spreadsheet uses, in both languages. Readers edit the file in Excel, so cells hold
 * words ("kolleger | venner"), not ids; reading accepts both languages' words and the ids, so a file
 * keeps working when it is edited in the other language or by hand.
 */
export type CsvLang = 'da' | 'en';

/** The spreadsheet's columns, in the order they are written. */
export const csvColumns = [
  'name',
  'contexts',
  'closeness',
  'roles',
  'connector',
  'peer',
  'lastContact',
  'nextStep',
  'notes',
  'organisation',
  'position',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** Header names per language. */
export const csvHeaders: Record<CsvLang, Record<CsvColumn, string>> = {
  da: {
    name: 'Navn',
    contexts: 'Sammenhænge',
    closeness: 'Nærhed',
    roles: 'Kan give',
    connector: 'Forbinder',
    peer: 'Øjenhøjde',
    lastContact: 'Sidste kontakt',
    nextStep: 'Næste skridt',
    notes: 'Noter',
    organisation: 'Organisation',
    position: 'Stilling',
  },
  en: {
    name: 'Name',
    contexts: 'Contexts',
    closeness: 'Closeness',
    roles: 'Can give',
    connector: 'Connector',
    peer: 'Peer',
    lastContact: 'Last contact',
    nextStep: 'Next step',
    notes: 'Notes',
    organisation: 'Organisation',
    position: 'Position',
  },
};

/** The words written for each context. */
export const contextWords: Record<CsvLang, Record<ContactContext, string>> = {
  da: contextWordsIn('da', 'csv'),
  en: contextWordsIn('en', 'csv'),
};

export const closenessWords: Record<CsvLang, Record<Closeness, string>> = {
  da: { close: 'tæt', regular: 'jævnlig', occasional: 'af og til', dormant: 'sovende' },
  en: { close: 'close', regular: 'regular', occasional: 'occasional', dormant: 'dormant' },
};

/** The words written for each role (Viden, Bro, Døråbner / Knowledge, Bridge, Door-opener). */
export const roleWords: Record<CsvLang, Record<ContactRole, string>> = {
  da: { information: 'viden', goBetween: 'bro', access: 'døråbner' },
  en: { information: 'knowledge', goBetween: 'bridge', access: 'door-opener' },
};

/**
 * Role words that earlier versions of the site wrote, or that readers type, each to the id it means.
 * Only reading accepts them: files exported before the roles were renamed keep importing.
 */
export const legacyRoleWords: Record<string, ContactRole> = {
  information: 'information',
  info: 'information',
  formidling: 'goBetween',
  formidler: 'goBetween',
  mellemled: 'goBetween',
  'go-between': 'goBetween',
  brobygger: 'goBetween',
  introduktion: 'goBetween',
  introduction: 'goBetween',
  adgang: 'access',
  access: 'access',
  dør: 'access',
  door: 'access',
};

export const booleanWords: Record<CsvLang, { yes: string; no: string }> = {
  da: { yes: 'ja', no: 'nej' },
  en: { yes: 'yes', no: 'no' },
};

/** Between the values of a multi-value cell. Reading also splits on `,` `;` `/` and newlines. */
export const MULTI_SEPARATOR = ' | ';

/**
 * The form words are compared in: lower case, letters and digits only, so "Go-between", "go between"
 * and "goBetween" are the same word, and so are "Sidste kontakt" and "sidste_kontakt".
 */
export const wordKey = (word: string): string =>
  word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Both languages' words, the ids and a few extra spellings, each to the id it means. */
function lookup<T extends string>(
  ids: readonly T[],
  words: Record<CsvLang, Record<T, string>>,
  extra: Record<string, T> = {},
): Map<string, T> {
  const map = new Map<string, T>();
  for (const id of ids) {
    map.set(wordKey(id), id);
    map.set(wordKey(words.da[id]), id);
    map.set(wordKey(words.en[id]), id);
  }
  for (const [word, id] of Object.entries(extra)) map.set(wordKey(word), id);
  return map;
}

export const contextByWord = lookup(contexts, contextWords, {
  kollega: 'colleagues',
  colleague: 'colleagues',
  'tidl. kolleger': 'formerColleagues',
  'ex-colleagues': 'formerColleagues',
  kunde: 'customers',
  customer: 'customers',
  clients: 'customers',
  partnere: 'partners',
  samarbejdspartner: 'partners',
  partner: 'partners',
  studie: 'education',
  skole: 'education',
  school: 'education',
  arrangement: 'events',
  event: 'events',
  ven: 'friends',
  friend: 'friends',
  hobby: 'leisure',
  hobbies: 'leisure',
  'sociale medier': 'online',
  'social media': 'online',
});

export const closenessByWord = lookup(closenessLevels, closenessWords, {
  lejlighedsvis: 'occasional',
  jævnligt: 'regular',
  tætte: 'close',
});

export const roleByWord = lookup(roles, roleWords, legacyRoleWords);

const yesWords = new Set(['ja', 'yes', 'j', 'y', 'x', '1', 'true', 'sand', 'sandt'].map(wordKey));
const noWords = new Set(['nej', 'no', 'n', '0', 'false', 'falsk', '-', ''].map(wordKey));

/** A yes/no cell: `true`, `false`, or null when the word is neither (an empty cell is no). */
export function readBoolean(cell: string): boolean | null {
  const trimmed = cell.trim();
  if (trimmed === '✓' || trimmed === '✔') return true;
  const key = wordKey(trimmed);
  if (yesWords.has(key)) return true;
  if (noWords.has(key)) return false;
  return null;
}
