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
        it('has 700–1,400 words', () => {
          const { words } = lix(a.body);
          expect(words).toBeGreaterThanOrEqual(700);
          expect(words).toBeLessThanOrEqual(1400);
        });
        it('ends with a section that leads to an exercise', () => {
          expect(a.source).toMatch(lang === 'da' ? /^## Prøv selv/m : /^## Try it/m);
        });
        if (lang === 'da') {
          it('has LIX 40 or lower', () => {
            expect(lix(a.body).lix).toBeLessThanOrEqual(40);
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

  it('keeps the median LIX of the Danish articles at 36 or lower', () => {
    const values = articles.da.map((a) => lix(a.body).lix).sort((x, y) => x - y);
    const mid = Math.floor(values.length / 2);
    const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    console.log(
      articles.da.map((a) => `${a.file}: LIX ${lix(a.body).lix.toFixed(1)}, ${lix(a.body).words} words`).join('\n') +
        `\nmedian LIX ${median.toFixed(1)}`,
    );
    expect(median).toBeLessThanOrEqual(36);
  });
});
