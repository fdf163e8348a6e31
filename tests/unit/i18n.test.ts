import { describe, expect, it } from 'vitest';
import { da } from '../../src/i18n/da';
import { en } from '../../src/i18n/en';
import { scriptMessages, useTranslations } from '../../src/i18n';
import { fill } from '../../src/i18n/fill';
import { localeFromEntryId, otherLocale, slugFromEntryId } from '../../src/i18n/locales';

describe('dictionaries', () => {
  it('have the same keys in Danish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });
  it('have no empty strings, and English differs from Danish where it should', () => {
    for (const [key, value] of Object.entries(en)) expect(value.trim(), key).not.toBe('');
    expect(en['nav.articles']).not.toBe(da['nav.articles']);
  });
  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) expect(names(en[key]), key).toEqual(names(da[key]));
  });
});

describe('scriptMessages', () => {
  it("hands a page script one area's texts under their short keys, in the page's language", () => {
    expect(JSON.parse(scriptMessages('en', 'search', ['loading', 'failed']))).toEqual({
      loading: en['search.loading'],
      failed: en['search.failed'],
    });
    expect(JSON.parse(scriptMessages('da', 'offline', ['done']))).toEqual({ done: da['offline.done'] });
  });
  it('accepts only keys the dictionary has (a type error otherwise)', () => {
    // @ts-expect-error: there is no 'search.nothing'
    expect(JSON.parse(scriptMessages('da', 'search', ['nothing']))).toEqual({});
  });
});

describe('useTranslations', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('da');
    expect(t('article.readingTime', { n: 5 })).toBe('5 min. læsning');
    expect(t('search.count', { n: 3 })).toContain('{q}');
    expect(useTranslations('en')('nav.myData')).toBe('My data');
  });
});

describe('locales', () => {
  it('derive language and slug from a content id', () => {
    expect(localeFromEntryId('da/vaerdien-af-netvaerk')).toBe('da');
    expect(localeFromEntryId('en/what-a-network-is-worth')).toBe('en');
    expect(slugFromEntryId('en/what-a-network-is-worth')).toBe('what-a-network-is-worth');
    expect(() => localeFromEntryId('de/x')).toThrow(/not under da\/ or en\//);
    expect(otherLocale('da')).toBe('en');
  });
});

describe('filling a UI string', () => {
  it('puts the values in, and leaves an unknown placeholder visible', () => {
    expect(fill('{name} kender {other}', { name: 'Bo' })).toBe('Bo kender {other}');
  });
  it('ends a sentence with one full stop when the last value brings its own', () => {
    expect(fill('Kender: {names}.', { names: 'Anna, Emil E.' })).toBe('Kender: Anna, Emil E.');
    expect(fill('{name} er valgt.', { name: 'Emil E.' })).toBe('Emil E. er valgt.');
    expect(fill('Kender: {names}.', { names: 'Anna' })).toBe('Kender: Anna.');
    // an ellipsis written as dots stays as it is
    expect(fill('Læser {file}.', { file: 'noter...' })).toBe('Læser noter....');
  });
});
