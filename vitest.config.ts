import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Unit tests assert behaviour, not speed (benchmarks measure speed): the 5 s default turned
    // property tests into timing tests on a loaded 2-core machine.
    testTimeout: 30_000,
    // Pin the zone so tests that read "local time" are deterministic; zone-aware code is tested explicitly.
    env: { TZ: 'UTC' },
  },
});
