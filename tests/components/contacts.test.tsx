// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverThenHydrate as hydrateIsland } from './hydrate';
import type { ContactMapProps } from '../../src/components/islands/ContactMap/ContactMap';
import { contactStrings } from '../../src/i18n/islands/contacts';
import { storageStrings } from '../../src/i18n/islands/storage';
import { packProps } from '../../src/components/islands/shared/packedProps';
import { firstScreenStrings } from '../../src/components/islands/ContactMap/firstScreenStrings';

const props: ContactMapProps = {
  lang: 'da',
  strings: contactStrings.da,
  storageStrings: storageStrings.da,
  purposeNames: { community: 'Fællesskab', access: 'Adgang', influence: 'Indflydelse', learning: 'Læring' },
  blankHref: '/oevelser/netvaerkskort/tomt-kort/',
};

const stored = (names: string[]) => {
  const people = Object.fromEntries(
    names.map((name, i) => [
      `p${i}`,
      {
        id: `p${i}`,
        name,
        contexts: ['friends'],
        closeness: 'close',
        roles: [],
        connector: false,
        peer: false,
        lastContact: null,
        nextStep: '',
        notes: '',
        organisation: '',
        position: '',
        updatedAt: '2026-11-01T00:00:00.000Z',
      },
    ]),
  );
  const data = { goal: { kind: 'job', text: '', purpose: null }, people, order: names.map((_, i) => `p${i}`) };
  return JSON.stringify({ kind: 'contactMap', version: 1, savedAt: new Date().toISOString(), data });
};

afterEach(() => {
  history.replaceState(null, '', location.pathname);
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  localStorage.clear();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The page's two islands, each rendered on the "server" and hydrated in a container of its own, as Astro does. */
const serverThenHydrate = async () => {
  const top = await hydrateIsland(
    async () => {
      const { default: Island } = await import('../../src/components/islands/ContactMap/ContactMap');
      const { contactDoc } = await import('../../src/stores/contacts');
      return { Island, ready: contactDoc.ready };
    },
    packProps({ ...props, strings: firstScreenStrings(props.strings), quizHref: '/oevelser/hvad-vil-du/' }),
  );
  const rest = await hydrateIsland(async () => {
    const { default: Island } = await import('../../src/components/islands/ContactMap/ContactMapRest');
    const { contactDoc } = await import('../../src/stores/contacts');
    return { Island, ready: contactDoc.ready };
  }, packProps(props));
  return { top: top.container, rest: rest.container, serverHtml: top.serverHtml + rest.serverHtml, errors: top.errors };
};

describe('ContactMap island', () => {
  it('renders an empty map on the server, inputs disabled until hydration, no style attributes', async () => {
    const { default: ContactMap } = await import('../../src/components/islands/ContactMap/ContactMap');
    const { default: ContactMapRest } = await import('../../src/components/islands/ContactMap/ContactMapRest');
    const top = renderToString(
      <ContactMap {...packProps({ ...props, strings: firstScreenStrings(props.strings), quizHref: '/oevelser/hvad-vil-du/' })} />,
    );
    const rest = renderToString(<ContactMapRest {...packProps(props)} />);
    expect(top).toMatch(/<input[^>]*id="cm-recall-name"[^>]*disabled/);
    expect(rest).toContain(contactStrings.da.mapEmpty);
    expect(top + rest).not.toMatch(/\sstyle="/);
  });

  it('hydrates over the server HTML and then shows the stored people in the table and on the map', async () => {
    localStorage.setItem('netvaerkskompasset:contactMap', stored(['Anna', 'Bo', 'Cecilie']));
    const { top, rest, serverHtml, errors } = await serverThenHydrate();
    expect(serverHtml).not.toContain('Anna');
    expect(errors).not.toHaveBeenCalled();
    const names = [...rest.querySelectorAll<HTMLInputElement>('.cm-table tbody th input')].map((i) => i.value);
    expect(names).toEqual(['Anna', 'Bo', 'Cecilie']);
    // The map's code loads after hydration and the map is drawn once the page is idle.
    await vi.waitFor(() => expect(rest.querySelectorAll('svg.cm-map [role="button"]')).toHaveLength(3), { timeout: 3000 });
    // SVG attribute names are case-sensitive: the map's one tab stop must be a real `tabindex`.
    expect(rest.querySelectorAll('svg.cm-map [tabindex="0"]')).toHaveLength(1);
    expect(top.querySelector<HTMLInputElement>('#cm-recall-name')?.disabled).toBe(false);
  });

  it('opened at the map, draws the map before it fills the people table above it', async () => {
    localStorage.setItem('netvaerkskompasset:contactMap', stored(['Anna', 'Bo', 'Cecilie']));
    history.replaceState(null, '', '#cm-map-heading');
    // jsdom has no layout: the map brings its heading back into view once drawn (`useLinkedInView`).
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    // How many rows the table held when the map's first markers appeared.
    const rowsWhenMapFirstDrawn: number[] = [];
    const observer = new MutationObserver(() => {
      const markers = document.querySelectorAll('svg.cm-map [role="button"]').length;
      if (markers > 0 && rowsWhenMapFirstDrawn.length === 0)
        rowsWhenMapFirstDrawn.push(document.querySelectorAll('.cm-table tbody tr').length);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const { rest, errors } = await serverThenHydrate();
    await vi.waitFor(() => expect(rest.querySelectorAll('svg.cm-map [role="button"]')).toHaveLength(3), { timeout: 3000 });
    await vi.waitFor(() => expect(rest.querySelectorAll('.cm-table tbody th input')).toHaveLength(3), { timeout: 3000 });
    observer.disconnect();
    expect(rowsWhenMapFirstDrawn).toEqual([0]);
    expect(scrolled).toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });
});
