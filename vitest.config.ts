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
        },
      },
    ],
  },
});
