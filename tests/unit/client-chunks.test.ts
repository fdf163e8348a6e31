import { describe, expect, it } from 'vitest';
import { REACT_CHUNK, clientChunkName, forgetDeletedStylesheets, type BundleEntry } from '../../src/integrations/client-chunks';

const root = 'C:\\Users\\me\\kompas';

describe('clientChunkName', () => {
  it('puts React, React DOM and the scheduler in one chunk, on any platform’s paths', () => {
    expect(clientChunkName('/home/me/kompas/node_modules/react/cjs/react.production.js')).toBe(REACT_CHUNK);
    expect(clientChunkName('/home/me/kompas/node_modules/react-dom/client.js')).toBe(REACT_CHUNK);
    expect(clientChunkName(`${root}\\node_modules\\scheduler\\index.js`)).toBe(REACT_CHUNK);
  });

  it('leaves our code and other packages to Rolldown, including packages whose names start with react', () => {
    expect(clientChunkName('/home/me/kompas/src/components/islands/ContactMap/ContactMap.tsx')).toBeNull();
    expect(clientChunkName('/home/me/kompas/node_modules/@nanostores/react/index.js')).toBeNull();
    expect(clientChunkName('/home/me/kompas/node_modules/react-is/index.js')).toBeNull();
  });
});

describe('forgetDeletedStylesheets', () => {
  const chunk = (...css: string[]): BundleEntry => ({ type: 'chunk', viteMetadata: { importedCss: new Set(css) } });

  it('drops the stylesheets that are no longer in the bundle from every chunk, and keeps the ones that are', () => {
    const bundle: Record<string, BundleEntry> = {
      '_astro/ContactMap.js': chunk('_astro/ContactMap.css'),
      '_astro/Lazy.js': chunk('_astro/ContactMap.css', '_astro/kept.css'),
      '_astro/kept.css': { type: 'asset' },
      '_astro/plain.js': { type: 'chunk' },
    };
    expect(forgetDeletedStylesheets(bundle)).toBe(2);
    expect([...bundle['_astro/ContactMap.js']!.viteMetadata!.importedCss]).toEqual([]);
    expect([...bundle['_astro/Lazy.js']!.viteMetadata!.importedCss]).toEqual(['_astro/kept.css']);
  });

  it('changes nothing when every stylesheet is there', () => {
    const bundle: Record<string, BundleEntry> = { 'a.js': chunk('a.css'), 'a.css': { type: 'asset' } };
    expect(forgetDeletedStylesheets(bundle)).toBe(0);
    expect([...bundle['a.js']!.viteMetadata!.importedCss]).toEqual(['a.css']);
  });
});
