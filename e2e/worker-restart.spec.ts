/**
 * The background may be stopped at any moment (Chromium stops an idle service worker after
 * 30 s, Firefox suspends an idle event page): nothing may live only in its memory. Here it is
 * stopped while the user is half-way through a draft; the rest of the draft still gets its
 * verdict from the background the browser starts again, under the settings set before.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, expectNoBadgeWithin, setCountry, setPreviewDate, waitForBadge } from './support/flows.ts';

test('a background stopped mid-draft starts again and the draft still gets its verdict, nothing lost', async ({ harness }, testInfo) => {
  test.fixme(testInfo.project.name === 'chromium', 'stopping the service worker from the harness does not work yet (see stopBackground)');
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await page.focus('#composer');
  await page.type('Tout est là : ');
  // The content script is running and has asked the background at least once (its patterns).
  await expectNoBadgeWithin(page, 500);

  await harness.stopBackground();
  await page.type('#MacronLeaks');
  await waitForBadge(page, true);

  // The settings made before the stop are all there.
  const popup = await harness.extensionPage(POPUP_PATH);
  const overview = (await popup.evaluate(() => {
    type RuntimeApi = { runtime: { sendMessage(message: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
    return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'ui-bg/overview' });
  }, undefined)) as { preview: number | null; countries: { code: string; enabled: boolean }[] };
  expect(overview.preview).toBe(Date.parse('2017-05-06T12:00+02:00'));
  expect(overview.countries.filter((c) => c.enabled).map((c) => c.code)).toEqual(['FR']);

  // And it can be stopped again: a second restart answers too.
  await harness.stopBackground();
  await page.focus('#composer');
  await page.pressWithControl('a');
  await page.press('Backspace');
  await waitForBadge(page, false);
  await page.type('Sondage Ifop : Macron 62 %, Le Pen 38 %');
  await waitForBadge(page, true);
  await popup.close();
});
