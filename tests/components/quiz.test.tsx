// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverThenHydrate as hydrateIsland } from './hydrate';
import { quizView, type ProfileArticles } from '../../src/components/islands/Quiz/view';
import { quizItems } from '../../src/lib/quiz/bank';
import { purposes } from '../../src/lib/quiz/types';
import { packProps } from '../../src/components/islands/shared/packedProps';

const noArticles = Object.fromEntries(purposes.map((p) => [p, []])) as unknown as ProfileArticles;
const props = quizView('da', 2, noArticles);

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
  }, packProps(props));

describe('Quiz island', () => {
  it('renders the empty first question on the server, with inputs disabled until hydration', async () => {
    const { default: Quiz } = await import('../../src/components/islands/Quiz/Quiz');
    const html = renderToString(<Quiz {...packProps(props)} />);
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

  it('inside an article, builds its English texts in the browser from the language alone and hydrates without a mismatch', async () => {
    const articles = { ...noArticles, learning: [{ title: 'Mentor and mentee', href: '/en/articles/mentor-and-mentee/' }] };
    const embedded = { lang: 'en' as const, currentPath: '/en/articles/relationships-not-business-cards/', articles };
    const { container, serverHtml, errors } = await hydrateIsland(async () => {
      const { default: Island } = await import('../../src/components/islands/Quiz/QuizEmbedded');
      const { quizDoc } = await import('../../src/stores/quiz');
      return { Island, ready: quizDoc.ready };
    }, embedded);
    expect(errors).not.toHaveBeenCalled();
    expect(serverHtml).toContain(`Question 1 of ${quizItems.length}`);
    expect(container.querySelector('legend h3')?.textContent).toContain(`Question 1 of ${quizItems.length}`);
    expect(container.querySelector('input[type="radio"]:disabled')).toBeNull();
    expect(container.textContent).toContain(quizView('en', 3, articles).items[0]!.prompt);
  });
});
