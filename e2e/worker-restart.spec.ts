/**
 * The background may be stopped at any moment (Chromium stops an idle service worker after
 * 30 s, Firefox suspends an idle event page): nothing may live only in its memory. Here it is
 * stopped while the user is half-way through a draft; the rest of the draft still gets its
 * verdict from the background the browser starts again, under the settings set before.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, composer, expectQuietAfter, setCountry, setPreviewDate, typeInto, waitForBadge, writeInComposer } from './support/flows.ts';

const POLISH_CALL = 'Głosujcie na Konfederację w niedzielę!';

test('a background stopped mid-draft starts again and the draft still gets its verdict, nothing lost', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  // The content script has checked a first draft, so it has asked the background once (its patterns).
  await expectQuietAfter(page, () => writeInComposer(page, 'Tout est là : '));

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
  await typeInto(page, composer(page), 'Belle journée');
  await waitForBadge(page, false);
  await typeInto(page, composer(page), 'Sondage Ifop : Macron 62 %, Le Pen 38 %');
  await waitForBadge(page, true);
  await popup.close();
});

test('a country switched on after the background stopped reaches a tab already open: drafts in its language now warn', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  // The tab has its detector for France's languages (its first check), which do not read Polish:
  // a Polish call to vote is quiet.
  await expectQuietAfter(page, () => writeInComposer(page, POLISH_CALL));

  // The background stops; switching Poland on in the popup starts it again, and it tells the open tab.
  await harness.stopBackground();
  await setCountry(harness, 'Poland', true);
  // The tab now reads Polish (France's campaign silence is in force, so a call to vote warns).
  await typeInto(page, composer(page), `${POLISH_CALL} !`);
  await waitForBadge(page, true);
});
