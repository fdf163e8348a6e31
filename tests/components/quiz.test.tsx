// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverThenHydrate as hydrateIsland } from './hydrate';
import type { QuizProps } from '../../src/components/islands/Quiz/types';
import { quizStrings } from '../../src/i18n/islands/quiz';
import { storageStrings } from '../../src/i18n/islands/storage';
import { purposeProfiles, quizItems } from '../../src/lib/quiz/bank';
import { purposes } from '../../src/lib/quiz/types';

const props: QuizProps = {
  lang: 'da',
  strings: quizStrings.da,
  storageStrings: storageStrings.da,
  items: quizItems.map((i) => ({
    id: i.id,
    prompt: i.prompt.da,
    options: i.optionOrder.map((p) => ({ purpose: p, text: i.options[p].da })),
  })),
  profiles: Object.fromEntries(
    purposes.map((p) => {
      const x = purposeProfiles[p];
      return [
        p,
        {
          name: x.name.da,
          summary: x.summary.da,
          meaning: x.meaning.da,
          suits: x.suits.da,
          lookFor: x.lookFor.da,
          offer: x.offer.da,
          pitfall: x.pitfall.da,
          articles: [],
        },
      ];
    }),
  ) as unknown as QuizProps['profiles'],
  links: { quiz: '/oevelser/hvad-vil-du/', paper: '/oevelser/hvad-vil-du/papir/', groupPurpose: '/g/', contactMap: '/c/' },
};

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.resetModules();
});

const serverThenHydrate = () =>
  hydrateIsland(async () => {
    const { default: Island } = await import('../../src/components/islands/Quiz/Quiz');
    const { quizDoc } = await import('../../src/stores/quiz');
    return { Island, ready: quizDoc.ready };
  }, props);

describe('Quiz island', () => {
  it('renders the empty first question on the server, with inputs disabled until hydration', async () => {
    const { default: Quiz } = await import('../../src/components/islands/Quiz/Quiz');
    const html = renderToString(<Quiz {...props} />);
    expect(html).toContain(`Spørgsmål 1 af ${quizItems.length}`);
    expect(html).toMatch(/<input[^>]*type="radio"[^>]*disabled/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('hydrates over the server HTML and then shows the stored answers and position', async () => {
    localStorage.setItem(
      'netvaerkskompasset:quiz',
      JSON.stringify({
        kind: 'quiz',
        version: 1,
        savedAt: new Date().toISOString(),
        data: { answers: { q01: 'access', q02: 'learning', q03: 'community' }, step: 2, history: [] },
      }),
    );
    const { container, serverHtml, errors } = await serverThenHydrate();
    expect(serverHtml).toContain(`Spørgsmål 1 af ${quizItems.length}`);
    expect(errors).not.toHaveBeenCalled();
    expect(container.textContent).toContain(`Spørgsmål 3 af ${quizItems.length}`);
    const checked = container.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    expect(checked?.value).toBe('community');
    expect(container.querySelector('input[type="radio"]:disabled')).toBeNull();
    expect(container.textContent).toMatch(/Gemt i denne browser/);
  });

  it('hydrates without a mismatch when nothing is stored', async () => {
    const { container, errors } = await serverThenHydrate();
    expect(errors).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Dine svar gemmes i denne browser, så snart du svarer.');
  });
});
