/**
 * Playwright test fixtures: each test gets a fresh browser profile with the
 * test build of the extension, in the browser its project names.
 */
import { test as base, expect } from '@playwright/test';
import { type BrowserName, type ExtensionHarness, launchExtension } from './harness.ts';
import { FIXTURES_PORT } from './serve.ts';

export const FIXTURES = `http://localhost:${FIXTURES_PORT}`;

export const test = base.extend<{ harness: ExtensionHarness }>({
  harness: async ({}, use, testInfo) => {
    const harness = await launchExtension(testInfo.project.name as BrowserName);
    await use(harness);
    await harness.close();
  },
});

export { expect };
