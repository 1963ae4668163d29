/**
 * Playwright test fixtures: each test gets a fresh browser profile with the
 * test build of the extension, in the browser its project names.
 */
import { test as base, expect } from '@playwright/test';
import { type BrowserName, type ExtensionHarness, launchExtension } from './harness.ts';
import { setCountry, setPreviewDate } from './flows.ts';
import { FIXTURES_PORT } from './serve.ts';

export const FIXTURES = `http://localhost:${FIXTURES_PORT}`;

export const test = base.extend<{ harness: ExtensionHarness }, { silenceHarness: ExtensionHarness }>({
  harness: async ({}, use, testInfo) => {
    const harness = await launchExtension(testInfo.project.name as BrowserName);
    await use(harness);
    await harness.close();
  },
  /**
   * One browser per worker, already inside France's 2017 silence with France
   * switched on, for specs that only open pages and never change settings.
   */
  silenceHarness: [
    async ({}, use, workerInfo) => {
      const harness = await launchExtension(workerInfo.project.name as BrowserName);
      await setPreviewDate(harness, '2017-05-06T12:00+02:00');
      await setCountry(harness, 'France', true);
      await use(harness);
      await harness.close();
    },
    { scope: 'worker' },
  ],
});

export { expect };
