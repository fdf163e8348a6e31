import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, joinBase, routeOf, routes, slugify } from '../../src/i18n/routes';

describe('routes', () => {
  it('put Danish at the root and English under /en/, with ASCII paths', () => {
    for (const [key, byLang] of Object.entries(routes)) {
      expect(byLang.da.startsWith('/en/'), key).toBe(false);
      expect(byLang.en.startsWith('/en/'), key).toBe(true);
      expect(byLang.da + byLang.en, key).toMatch(/^[a-z0-9/._-]+$/);
    }
  });
  it('give every page a distinct path', () => {
    const all = Object.values(routes).flatMap((r) => [r.da, r.en]);
    expect(new Set(all).size).toBe(all.length);
  });
  it('match the routes in DESIGN.md', () => {
    expect(routes.quiz).toEqual({ da: '/oevelser/hvad-vil-du/', en: '/en/exercises/what-do-you-want/' });
    expect(routes.groupPurpose.da).toBe('/oevelser/gruppens-formaal/');
    expect(routes.contactMap.en).toBe('/en/exercises/contact-map/');
    expect(routes.myData).toEqual({ da: '/mine-data/', en: '/en/my-data/' });
    expect(routes.search).toEqual({ da: '/soeg/', en: '/en/search/' });
    expect(routes.glossary).toEqual({ da: '/ordliste/', en: '/en/glossary/' });
  });
  it('find the route and language of a path', () => {
    expect(routeOf('/soeg/')).toEqual({ key: 'search', lang: 'da' });
    expect(routeOf('/en/workshop/')).toEqual({ key: 'workshop', lang: 'en' });
    expect(routeOf('/nowhere/')).toBeNull();
  });
  it('build article paths per language', () => {
    expect(articlePath('da', 'vaerdien-af-netvaerk')).toBe('/artikler/vaerdien-af-netvaerk/');
    expect(articlePath('en', 'x')).toBe('/en/articles/x/');
  });
});

describe('joinBase', () => {
  it('works at the root and under a sub-path, with or without a trailing slash', () => {
    expect(joinBase('/', '/artikler/')).toBe('/artikler/');
    expect(joinBase('/kompas/', '/artikler/')).toBe('/kompas/artikler/');
    expect(joinBase('/kompas', '/')).toBe('/kompas/');
  });
  it('makes absolute URLs on the deployed site, base included', () => {
    expect(absoluteUrl('https://netvaerkskompasset.dk', '/', '/workshop/kopiark/')).toBe('https://netvaerkskompasset.dk/workshop/kopiark/');
    expect(absoluteUrl(new URL('https://example.org'), '/kompas/', '/en/workshop/handouts/')).toBe(
      'https://example.org/kompas/en/workshop/handouts/',
    );
  });
  it('rejects a relative path', () => {
    expect(() => joinBase('/', 'artikler/')).toThrow(/starting with "\/"/);
  });
});

describe('slugify', () => {
  it('turns Danish letters into ASCII', () => {
    expect(slugify('Gruppens formål')).toBe('gruppens-formaal');
    expect(slugify('Netværkskort')).toBe('netvaerkskort');
    expect(slugify('Søg')).toBe('soeg');
    expect(slugify('  Café – øl & ærter! ')).toBe('cafe-oel-aerter');
  });
});
