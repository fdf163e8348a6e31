import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
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
          // One more try for a failed test: a clean-clone CI run failed two tests that passed before and after
          // it, alone and under three busy loops, each in its English half only and within 3–5 s. Playwright's own
          // runner retries on CI for the same reason; vitest prints the retry, so flakiness stays visible.
          retry: 1,
        },
      },
    ],
  },
});
