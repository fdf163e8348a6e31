import { csvColumns, csvHeaders, wordKey, type CsvColumn } from './vocabulary';

/**
 * Which field a spreadsheet column holds, from its header: our own headers in both languages, the
 * field ids, and the usual names in other programs' exports (Outlook, Google Contacts, plain lists),
 * so any list with a name column can be read.
 */
export type ColumnField = CsvColumn | 'firstName' | 'middleName' | 'lastName';

const extraHeaders: Record<ColumnField, readonly string[]> = {
  name: ['fulde navn', 'fuldt navn', 'full name', 'display name', 'kontaktnavn', 'contact name', 'person'],
  firstName: ['fornavn', 'first name', 'given name', 'firstname', 'fornavne'],
  middleName: ['mellemnavn', 'middle name', 'additional name'],
  lastName: ['efternavn', 'last name', 'surname', 'family name', 'lastname'],
  contexts: ['sammenhæng', 'context', 'kontekst', 'kontekster'],
  closeness: ['nærhed', 'tæthed', 'nearness'],
  roles: ['roller', 'roles', 'rolle i målet'],
  connector: ['forbindelsesled', 'connects people'],
  peer: ['på øjenhøjde', 'at eye level', 'peers'],
  lastContact: ['senest kontakt', 'seneste kontakt', 'sidst kontaktet', 'last contacted'],
  nextStep: ['næste trin', 'next action', 'opfølgning', 'follow-up', 'follow up'],
  notes: ['note', 'noter', 'bemærkninger', 'bemærkning', 'kommentar', 'kommentarer', 'comment', 'comments'],
  organisation: [
    'organization',
    'company',
    'company name',
    'firma',
    'virksomhed',
    'arbejdsplads',
    'organization name',
    'organization 1 - name',
  ],
  position: ['title', 'job title', 'titel', 'jobtitel', 'stillingsbetegnelse', 'organization title', 'organization 1 - title'],
};

const fieldByHeader = new Map<string, ColumnField>();
for (const column of csvColumns) {
  for (const header of [column, csvHeaders.da[column], csvHeaders.en[column]]) fieldByHeader.set(wordKey(header), column);
}
for (const [field, headers] of Object.entries(extraHeaders) as [ColumnField, readonly string[]][]) {
  for (const header of headers) if (!fieldByHeader.has(wordKey(header))) fieldByHeader.set(wordKey(header), field);
}

/** The field a header names, or null. */
export const fieldOfHeader = (header: string): ColumnField | null => fieldByHeader.get(wordKey(header)) ?? null;

export interface ColumnMap {
  /** Column index per field (the first column naming it). */
  index: Partial<Record<ColumnField, number>>;
  /** Headers of columns not used: unknown, or a second column for a field already taken. */
  ignored: string[];
}

/** Map a header row's columns to fields. Blank headers are passed over without a word. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const index: Partial<Record<ColumnField, number>> = {};
  const ignored: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    const field = fieldOfHeader(name);
    if (field && index[field] === undefined) index[field] = i;
    else ignored.push(name);
  });
  return { index, ignored };
}

/** Whether the columns can give a name: a name column, or first or last name. */
export const hasNameColumn = (map: ColumnMap): boolean =>
  map.index.name !== undefined || map.index.firstName !== undefined || map.index.lastName !== undefined;
