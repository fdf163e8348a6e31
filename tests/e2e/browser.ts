import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumFlags } from '../../bench/lib/site.ts';

export const baseURL = () => inject('baseURL');

/**
 * Launch options that keep Chromium quiet on a machine with no network but loopback. `extraArgs`: more
 * Chromium flags, e.g. a fake camera (`--use-fake-device-for-media-stream`, `--use-file-for-fake-video-capture=…`).
 */
export function launch(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromePath'),
    args: [...chromiumFlags, ...extraArgs],
  });
}

/**
 * A browser with a profile on disk (not incognito, which Chromium never lets install a web app), closed by
 * closing the context. Throw the folder away afterwards.
 */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath: inject('chromePath'), args: chromiumFlags });
}

export interface Watched {
  page: Page;
  /** Console errors, uncaught exceptions, failed and 4xx/5xx requests, and requests that leave the origin. */
  problems: string[];
}

/** A page that records everything a reader would call broken. `origin`: the site's, if not the shared test server's. */
export async function watchedPage(context: BrowserContext, origin = new URL(baseURL()).origin): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // A request the page's own navigation cancelled (the test moves on while a favicon or the landing page's
    // offline copy is still loading) is not a fault a reader would see.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${req.url()}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return { page, problems };
}

/** WCAG 2.2 A and AA violations on the page (or only inside `include`, a CSS selector), as short readable lines. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const result = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
