import { defineConfig } from '@playwright/test';
import { FIXTURES_PORT } from './e2e/support/serve.ts';

/**
 * Every spec runs once per browser project; the project name picks the
 * harness (Playwright for Chromium, puppeteer-core for Firefox). Specs use
 * the test builds in dist/*-test, which `npm test` builds first.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  projects: [{ name: 'chromium' }, { name: 'firefox' }],
  webServer: {
    command: `tsx e2e/support/serve.ts ${FIXTURES_PORT}`,
    url: `http://localhost:${FIXTURES_PORT}/textarea.html`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});
