/**
 * The popup's country list as a user reads and searches it, in both
 * browsers: their own countries first, the next election even months away,
 * and countries found by the names people type ("UK", "Deutschland").
 */
import { expect, test } from './support/fixtures.ts';
import { POPUP_PATH, setCountry, setPreviewDate, typeInto } from './support/flows.ts';
import { message } from './support/messages.ts';

test("the popup names a followed country's next election even when it is months away", async ({ harness }) => {
  // December 2026: France's next vote is the 2027 presidential election, in April, four months on.
  await setPreviewDate(harness, '2026-12-05T10:00+01:00');
  await setCountry(harness, 'France', true);
  const popup = await harness.extensionPage(POPUP_PATH);
  const first = popup.getByRole('list').getByRole('listitem').nth(0);
  await expect.poll(() => first.text()).toContain('France');
  expect(await first.text()).toContain(message('popupStatusClear'));
  const france = (await popup.getByRole('switch', 'France').state()).description;
  expect(france).toContain(message('popupNextElectionExpected', 'April 11, 2027', 'French presidential election 2027, first round'));
});

test('the popup finds countries by the names people type, best match first', async ({ harness }) => {
  const popup = await harness.extensionPage(POPUP_PATH);
  const items = popup.getByRole('list').getByRole('listitem');
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(80);
  const search = popup.getByRole('searchbox', message('popupSearchLabel'));

  await typeInto(popup, search, 'UK');
  await expect.poll(async () => (await items.allTexts()).slice(0, 2)).toEqual([expect.stringContaining('United Kingdom'), expect.stringContaining('Ukraine')]);

  await typeInto(popup, search, 'Deutschland');
  await expect.poll(() => items.allTexts()).toEqual([expect.stringContaining('Germany')]);

  await typeInto(popup, search, 'usa');
  await expect.poll(async () => (await items.allTexts())[0]).toContain('United States');
});
