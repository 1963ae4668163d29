import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Pin the zone so tests that read "local time" are deterministic; zone-aware code is tested explicitly.
    env: { TZ: 'UTC' },
  },
});
