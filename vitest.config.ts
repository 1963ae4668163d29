import { defineConfig } from 'vitest/config';

/**
 * Two tiers: `unit` runs in Node; `dom` (files named *.dom.test.ts) runs in
 * happy-dom, for the content script's DOM code (the card's content) without a
 * browser. Both run in `npm run test:unit`.
 */
export default defineConfig({
  test: {
    // Unit tests assert behaviour, not speed (benchmarks measure speed): the 5 s default turned
    // property tests into timing tests on a loaded 2-core machine.
    testTimeout: 30_000,
    // Pin the zone so tests that read "local time" are deterministic; zone-aware code is tested explicitly.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/support/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['extension/**/*.dom.test.ts'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
