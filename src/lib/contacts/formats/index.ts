/** The contact map's file formats: our CSV both ways, LinkedIn's and phones' exports in, calendar out. */
export { peopleToCsv, parseContactsCsv } from './csv';
export { parseLinkedInCsv } from './linkedin';
export { parseVCards } from './vcard';
export { followUpsToIcs, escapeIcsText, foldIcsLine, type FollowUp, type IcsOptions } from './ics';
export { detectFormat, type ContactsFileFormat } from './detect';
export { decodeContactsFile } from './decode';
export type { ParseError, ParseResult, ParseWarning, TextField, ValueField } from './result';
export {
  booleanWords,
  closenessWords,
  contextWords,
  csvColumns,
  csvHeaders,
  MULTI_SEPARATOR,
  roleWords,
  type CsvColumn,
  type CsvLang,
} from './vocabulary';
