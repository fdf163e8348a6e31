import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/content/schema';
import { lix, mdxToPlainText } from '../../src/lib/content/lix';

const root = join(import.meta.dirname, '../../src/content/articles');
const langs = ['da', 'en'] as const;

function load(lang: string) {
  return readdirSync(join(root, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(root, lang, file), 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
      const body = mdxToPlainText(source);
      return { file, source, frontmatter: fm ? parse(fm[1]!) : null, body };
    });
}

const articles = { da: load('da'), en: load('en') };

/** The sentences of a plain text, split the way `lix()` counts them (a line without end punctuation is one). */
function sentences(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.!?:])\s+/))
    .map((s) => s.replace(/^[\s\-–—"“”„«»(]+/, ''))
    .filter(Boolean);
}

const keysIn = (lang: 'da' | 'en') => new Set(articles[lang].map((a) => a.frontmatter?.translationKey as string));

describe('articles', () => {
  it('exist in both languages', () => {
    expect(articles.da.length).toBeGreaterThan(0);
    expect(articles.en.length).toBe(articles.da.length);
  });

  for (const lang of langs) {
    for (const a of articles[lang]) {
      describe(`${lang}/${a.file}`, () => {
        it('has valid frontmatter', () => {
          const result = articleSchema.safeParse(a.frontmatter);
          expect(result.error?.issues ?? []).toEqual([]);
        });
        it('has 800–1,600 words', () => {
          const { words } = lix(a.body);
          expect(words).toBeGreaterThanOrEqual(800);
          expect(words).toBeLessThanOrEqual(1600);
        });
        it('ends with a section that leads to an exercise', () => {
          expect(a.source).toMatch(lang === 'da' ? /^## Prøv selv/m : /^## Try it/m);
          const headings = [...a.source.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
          expect(headings.at(-1)).toBe(lang === 'da' ? 'Prøv selv' : 'Try it');
        });
        it('credits at least one source', () => {
          expect(a.frontmatter?.sources?.length ?? 0).toBeGreaterThanOrEqual(1);
        });
        it('relates to other articles that exist in both languages', () => {
          const related: string[] = a.frontmatter?.related ?? [];
          expect(related.length).toBeGreaterThanOrEqual(2);
          expect(related).not.toContain(a.frontmatter?.translationKey);
          for (const key of related) {
            expect(keysIn('da'), `related "${key}" in Danish`).toContain(key);
            expect(keysIn('en'), `related "${key}" in English`).toContain(key);
          }
        });
        if (lang === 'da') {
          it('has LIX between 25 and 35', () => {
            const value = lix(a.body).lix;
            expect(value).toBeGreaterThanOrEqual(25);
            expect(value).toBeLessThanOrEqual(35);
          });
          it('opens at most three sentences with "Men"', () => {
            const opening = sentences(a.body).filter((s) => /^Men\b/.test(s));
            expect(opening.length, opening.join('\n')).toBeLessThanOrEqual(3);
          });
        }
      });
    }
  }

  it('pairs every Danish article with exactly one English one', () => {
    const keys = (lang: 'da' | 'en') => articles[lang].map((a) => a.frontmatter?.translationKey).sort();
    expect(keys('en')).toEqual(keys('da'));
    expect(new Set(keys('da')).size).toBe(articles.da.length);
  });

  it('reports readability and length', () => {
    const lines = langs.flatMap((lang) =>
      articles[lang].map((a) => {
        const r = lix(a.body);
        const men = lang === 'da' ? `, ${sentences(a.body).filter((s) => /^Men\b/.test(s)).length} × "Men"` : '';
        return `${lang}/${a.file}: LIX ${r.lix.toFixed(1)}, ${r.words} words${men}`;
      }),
    );
    console.log(lines.join('\n'));
    expect(lines.length).toBe(articles.da.length + articles.en.length);
  });
});
