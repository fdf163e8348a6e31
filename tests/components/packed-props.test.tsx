// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fromPackedProps, packProps } from '../../src/components/islands/shared/packedProps';
import { contactStrings } from '../../src/i18n/islands/contacts';

describe('island props packed into one string', () => {
  it('gives the component the props it was packed with: nested texts, numbers, booleans, lists, null', () => {
    const props = { lang: 'da', strings: contactStrings.da, count: 3, open: false, ids: ['a', 'b'], none: null };
    let seen: unknown;
    const Island = fromPackedProps((p: typeof props) => {
      seen = p;
      return <p>{p.strings.mapTitle}</p>;
    });
    const html = renderToString(<Island {...packProps(props)} />);
    expect(seen).toEqual(props);
    expect(html).toContain(contactStrings.da.mapTitle);
  });

  it('is one string prop, which Astro writes into the page as a single value', () => {
    const packed = packProps({ strings: contactStrings.en });
    expect(Object.keys(packed)).toEqual(['packed']);
    expect(typeof packed.packed).toBe('string');
  });
});
