import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { routes } from '../../src/i18n/routes';
import { purposeProfiles } from '../../src/lib/quiz/bank';
import { purposes } from '../../src/lib/quiz/types';
import { roles } from '../../src/lib/contacts/types';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const glossary = { da: read('src/components/content/Glossary.da.mdx'), en: read('src/components/content/Glossary.en.mdx') };
const articleBase = { da: routes.articles.da, en: routes.articles.en };
const sitePaths = new Set<string>(Object.values(routes).flatMap((r) => [r.da, r.en]));

/** Each `### term` with the text up to the next heading. */
const terms = (text: string) =>
  text
    .split(/^### /m)
    .slice(1)
    .map((block) => ({ term: block.split('\n')[0]!.trim(), body: block.split(/^##/m)[0]! }));
const links = (text: string) => [...text.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);

describe.each(['da', 'en'] as const)('the glossary (%s)', (lang) => {
  const text = glossary[lang];

  it('defines the four purposes and the three roles by the names the exercises show', () => {
    const defined = terms(text).map((t) => t.term);
    for (const p of purposes) expect(defined).toContain(purposeProfiles[p].name[lang]);
    for (const r of roles) expect(defined).toContain(contactStrings[lang].roles[r]);
  });

  it('links every term to at least one place where it is used', () => {
    for (const { term, body } of terms(text)) expect(links(body).length, term).toBeGreaterThan(0);
  });

  it('links only to pages that exist, in its own language', () => {
    for (const href of links(text)) {
      expect(href.startsWith('/en/'), href).toBe(lang === 'en');
      if (href.startsWith(articleBase[lang])) {
        const slug = href.slice(articleBase[lang].length).replace(/\/$/, '');
        expect(existsSync(new URL(`src/content/articles/${lang}/${slug}.mdx`, root)), href).toBe(true);
      } else {
        expect(sitePaths.has(href), href).toBe(true);
      }
    }
  });
});

it('has the same terms in both languages', () => {
  expect(terms(glossary.da).length).toBe(terms(glossary.en).length);
});
