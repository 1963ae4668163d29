/**
 * The release builds (dist/chrome, dist/firefox) load in their browsers:
 * the background starts, the install opens the welcome page, and the popup
 * shows the countries it answers about. They carry none of the test builds' code.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHECK_REPORT_PREFIX } from '../extension/content/check-report.ts';
import { type BrowserName, distFor, launchExtension } from './support/harness.ts';
import { POPUP_PATH } from './support/flows.ts';

test('the release build loads and its popup lists France', async ({}, testInfo) => {
  const harness = await launchExtension(testInfo.project.name as BrowserName, { dist: distFor(testInfo.project.name as BrowserName, 'release') });
  try {
    const popup = await harness.extensionPage(POPUP_PATH);
    await popup.getByRole('switch', 'France').waitFor();
    // The install opened the welcome page in a tab (test builds do not, see background/index.ts); read through the extension's own API.
    await expect
      .poll(() =>
        popup.evaluate(() => {
          type ExtensionApi = { extension: { getViews(filter: { type: string }): Window[] } };
          const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
          return (scope.browser ?? scope.chrome).extension.getViews({ type: 'tab' }).map((view) => view.location.pathname);
        }, null),
      )
      .toContain('/extension/welcome/index.html');
  } finally {
    await harness.close();
  }
});

test('the release build carries no test-only report of checked drafts', async ({}, testInfo) => {
  const dist = distFor(testInfo.project.name as BrowserName, 'release');
  const scripts = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.js'));
  expect(scripts).toContain(join('extension', 'content', 'index.js'));
  const carrying = [];
  for (const file of scripts) if ((await readFile(join(dist, file), 'utf8')).includes(CHECK_REPORT_PREFIX)) carrying.push(file);
  expect(carrying).toEqual([]);
});
