import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The site renders its islands with Preact's React compatibility layer; so do the component tests.
        resolve: {
          alias: [
            { find: /^react-dom\/(client|server)$/, replacement: 'preact/compat/$1' },
            { find: /^react-dom$/, replacement: 'preact/compat' },
            { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
            { find: /^react$/, replacement: 'preact/compat' },
          ],
        },
        test: {
          name: 'unit',
          server: { deps: { inline: ['@nanostores/react'] } },
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines here have two cores.
          fileParallelism: false,
          // A page waits for its island to hydrate; on a busy two-core machine that took over the
          // default 1 s of expect.poll (seen: quiz share-link test, load average 8).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
