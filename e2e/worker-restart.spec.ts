/**
 * The background may be stopped at any moment (Chromium stops an idle service worker after
 * 30 s, Firefox suspends an idle event page): nothing may live only in its memory. Here it is
 * stopped while the user is half-way through a draft; the rest of the draft still gets its
 * verdict from the background the browser starts again, under the settings set before.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, expectQuietAfter, setCountry, setPreviewDate, waitForBadge } from './support/flows.ts';

test('a background stopped mid-draft starts again and the draft still gets its verdict, nothing lost', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  // The content script has checked a first draft, so it has asked the background once (its patterns).
  await expectQuietAfter(page, async () => {
    await page.focus('#composer');
    await page.type('Tout est là : ');
  });

  await harness.stopBackground();
  await page.type('#MacronLeaks');
  await waitForBadge(page, true);

  // The settings made before the stop are all there, as the popup shows them: France is on, and
  // the preview date still puts it inside its 2017 silence (on today's clock it is not).
  const popup = await harness.extensionPage(POPUP_PATH);
  const france = await popup.getByRole('switch', 'France').state();
  expect(france.checked).toBe(true);
  expect(france.description).toContain('Campaign silence in force until');

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
