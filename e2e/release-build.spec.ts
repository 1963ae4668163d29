/**
 * The release builds (dist/chrome, dist/firefox) load in their browsers:
 * the background starts and the popup shows the countries it answers about.
 */
import { test } from '@playwright/test';
import { type BrowserName, distFor, launchExtension } from './support/harness.ts';
import { POPUP_PATH } from './support/flows.ts';

test('the release build loads and its popup lists France', async ({}, testInfo) => {
  const harness = await launchExtension(testInfo.project.name as BrowserName, { dist: distFor(testInfo.project.name as BrowserName, 'release') });
  try {
    const popup = await harness.extensionPage(POPUP_PATH);
    await popup.getByRole('switch', 'France').waitFor();
  } finally {
    await harness.close();
  }
});
