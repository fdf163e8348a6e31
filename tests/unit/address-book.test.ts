import { describe, expect, it } from 'vitest';
import { generateLinkedInCsv } from '../../bench/lib/linkedin-file';
import { entryFromImport, fromDays, mergeIntoBook, packBook, toDays, unpackBook } from '../../src/lib/contacts/addressBook/book';
import { checkRoom } from '../../src/lib/contacts/addressBook/capacity';
import { fold, personKey } from '../../src/lib/contacts/addressBook/fold';
import { addressBookSchema } from '../../src/lib/contacts/addressBook/schema';
import { indexBook, searchBook, suggestFromBook, topCompanies } from '../../src/lib/contacts/addressBook/search';
import { addressBookSpec } from '../../src/lib/contacts/addressBook/spec';
import { bookLimits, emptyAddressBook, type BookEntry } from '../../src/lib/contacts/addressBook/types';
import { parseLinkedInCsv } from '../../src/lib/contacts/formats';
import { encodeEnvelope } from '../../src/lib/storage/envelope';

const entry = (name: string, organisation = '', position = '', more: Partial<BookEntry> = {}): BookEntry => ({
  name,
  organisation,
  position,
  connectedOn: null,
  email: '',
  linkedIn: true,
  ...more,
});
const bookOf = (...entries: BookEntry[]) => mergeIntoBook(emptyAddressBook(), entries).book;
const names = (book: ReturnType<typeof bookOf>, shown: number[]) => shown.map((i) => book.people[i]![0]);

describe('fold', () => {
  it('ignores case, spacing, accents and the Danish letters and their spellings', () => {
    expect(fold('  Karen   BØGH ')).toBe(fold('karen boegh'));
    expect(fold('Karen Bøgh')).toBe(fold('Karen Bogh'));
    expect(fold('Århus')).toBe(fold('Aarhus'));
    expect(fold('Kærsgård')).toBe(fold('Kaersgaard'));
    expect(fold('Søren Østergård')).toBe(fold('soren ostergard'));
    expect(fold('José')).toBe(fold('Jose'));
    expect(fold('Anne')).not.toBe(fold('Anna'));
  });
});

describe('the address book', () => {
  const book = bookOf(
    entry('Karen Bøgh', 'Aarhus Kommune', 'Projektleder'),
    entry('Søren Østergård', 'Aarhus Universitet', 'Lektor'),
    entry('Jens Mikkelsen', 'Firma A/S', 'CEO'),
    entry('Åse Holm', '', 'Sygeplejerske'),
  );
  const index = indexBook(book);
  const search = (text: string, company = '') => names(book, searchBook(index, { text, company }, 50).shown);

  it('finds people by name, company and position, whatever the case, spacing and Danish letters', () => {
    expect(search('karen  boegh')).toEqual(['Karen Bøgh']);
    expect(search('BOGH')).toEqual(['Karen Bøgh']);
    expect(search('århus')).toEqual(['Karen Bøgh', 'Søren Østergård']);
    expect(search('lektor aarhus')).toEqual(['Søren Østergård']);
    expect(search('aase')).toEqual(['Åse Holm']);
    expect(search('sygeplejerske')).toEqual(['Åse Holm']);
    expect(search('')).toHaveLength(4);
    expect(search('nobody')).toEqual([]);
  });

  it('filters by company, alone or with a search', () => {
    expect(search('', 'aarhus')).toEqual(['Karen Bøgh', 'Søren Østergård']);
    expect(search('lektor', 'Aarhus Kommune')).toEqual([]);
    expect(search('', 'firma')).toEqual(['Jens Mikkelsen']);
  });

  it('counts every match but lists only a page of them', () => {
    const result = searchBook(index, { text: '', company: '' }, 2);
    expect(result).toEqual({ total: 4, shown: [0, 1] });
  });

  it('suggests names for what is typed in recall, names starting with it first', () => {
    const more = bookOf(entry('Lis Ibkaren'), entry('Bo Karensen'), entry('Karen Bøgh', 'Aarhus Kommune'));
    const i = indexBook(more);
    expect(names(more, suggestFromBook(i, 'karen', 5))).toEqual(['Karen Bøgh', 'Bo Karensen', 'Lis Ibkaren']);
    expect(suggestFromBook(i, 'k', 5)).toEqual([]);
    expect(suggestFromBook(i, 'karen', 1)).toHaveLength(1);
  });

  it('lists the companies most people share first', () => {
    expect(topCompanies(bookOf(entry('A', 'X'), entry('B', 'Y'), entry('C', 'Y')), 5)).toEqual(['Y', 'X']);
  });
});

describe('merging a file into the address book', () => {
  it('merges a re-import instead of adding people twice, and keeps the company', () => {
    const first = mergeIntoBook(emptyAddressBook(), [entry('Karen Bøgh', 'Aarhus Kommune', '', { connectedOn: '2019-03-14' })]);
    expect(first).toMatchObject({ added: 1, merged: 0 });
    const again = mergeIntoBook(first.book, [
      entry('karen  boegh', '', 'Projektleder', { connectedOn: '2021-01-01' }),
      entry('Ny Person'),
      entry('Ny  person'),
    ]);
    expect(again).toMatchObject({ added: 1, merged: 2, skipped: 0 });
    expect(unpackBook(again.book)).toEqual([
      entry('Karen Bøgh', 'Aarhus Kommune', 'Projektleder', { connectedOn: '2019-03-14' }),
      entry('Ny Person'),
    ]);
  });

  it('takes a newer file’s company and position, since people change jobs', () => {
    const book = bookOf(entry('A B', 'Old A/S', 'Junior'));
    expect(unpackBook(mergeIntoBook(book, [entry('A B', 'New A/S', 'Senior')]).book)[0]).toMatchObject({
      organisation: 'New A/S',
      position: 'Senior',
    });
  });

  it('skips nameless people, cuts long text and leaves people out when the book is full', () => {
    const result = mergeIntoBook(emptyAddressBook(), [entry('  '), entry('x'.repeat(bookLimits.name + 5))]);
    expect(result.added).toBe(1);
    expect(result.book.people[0]![0]).toHaveLength(bookLimits.name);
  });

  it('keeps e-mail addresses only when the reader chooses to', () => {
    const person = { name: 'A B', organisation: '', position: '', connectedOn: '2020-02-02', email: 'a@b.dk' };
    expect(entryFromImport(person, false, true).email).toBe('');
    expect(entryFromImport(person, true, true).email).toBe('a@b.dk');
  });
});

describe('the stored shape', () => {
  it('packs and unpacks without loss, with companies and positions in shared tables', () => {
    const entries = [
      entry('Karen Bøgh', 'Aarhus Kommune', 'Projektleder', { connectedOn: '2019-03-14', email: 'k@b.dk' }),
      entry('Ib Holm', 'Aarhus Kommune', 'Projektleder', { linkedIn: false }),
      entry('Åse'),
    ];
    const packed = packBook(entries);
    expect(packed.companies).toEqual(['', 'Aarhus Kommune']);
    expect(packed.positions).toEqual(['', 'Projektleder']);
    expect(unpackBook(packed)).toEqual(entries);
    expect(addressBookSchema.safeParse(packed).success).toBe(true);
    const back = JSON.parse(JSON.stringify(packed)) as unknown;
    expect(addressBookSchema.safeParse(back)).toMatchObject({ success: true, data: packed });
  });

  it('turns dates into days and back', () => {
    expect(fromDays(toDays('2019-03-14'))).toBe('2019-03-14');
    expect(toDays(null)).toBe(0);
    expect(fromDays(0)).toBeNull();
  });

  it('refuses indexes outside the tables, and other damage', () => {
    const good = packBook([entry('A', 'X', 'Y')]);
    expect(addressBookSchema.safeParse({ ...good, people: [['A', 5, 1, 0, 1]] }).success).toBe(false);
    expect(addressBookSchema.safeParse({ ...good, people: [['', 1, 1, 0, 1]] }).success).toBe(false);
    expect(addressBookSchema.safeParse({ ...good, companies: ['X'] }).success).toBe(false);
    expect(addressBookSchema.safeParse({ ...good, people: [['A', 1, 1, 0, 2]] }).success).toBe(false);
  });

  it('stores a generated 30,000-connection LinkedIn export in at most 80 bytes a person', () => {
    const n = 30_000;
    const parsed = parseLinkedInCsv(generateLinkedInCsv(n));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.people).toHaveLength(n);
    const { book, added } = mergeIntoBook(
      emptyAddressBook(),
      parsed.people.map((p) => entryFromImport(p, false, true)),
    );
    expect(added).toBe(n);
    const stored = encodeEnvelope(addressBookSpec, book, new Date().toISOString());
    const bytes = new TextEncoder().encode(stored).length;
    expect(bytes / n).toBeLessThanOrEqual(80);
    expect(addressBookSchema.safeParse(JSON.parse(stored).data).success).toBe(true);
  });
});

describe('room in the browser’s storage', () => {
  it('counts only what the new value adds to the old one', () => {
    expect(checkRoom(4_000_000, 1_000_000, 1_500_000, 5_000_000)).toEqual({ fits: true, extra: 500_000, free: 1_000_000 });
    expect(checkRoom(4_800_000, 0, 300_000, 5_000_000)).toMatchObject({ fits: false });
    expect(checkRoom(4_999_000, 2_000_000, 1_000_000, 5_000_000)).toMatchObject({ fits: true, extra: 0 });
  });
});

describe('the same people as keys', () => {
  it('treats spellings of the same name as one person', () => {
    expect(personKey('Søren Østergård')).toBe(personKey('soeren oestergaard'));
  });
});
