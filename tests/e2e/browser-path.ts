import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROME_PATH names. Tests never download a browser. */
export function findBrowser(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
