/**
 * The settings page through its real UI, in both browsers: countries and
 * kinds of finding switched on and off there take effect in the popup and
 * on the page being written in.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, pageWithBadge, typeInto, waitForBadge } from './support/flows.ts';
import { message } from './support/messages.ts';

test('a country found by search and switched on in the settings is on in the popup', async ({ harness }) => {
  const options = await harness.extensionPage(OPTIONS_PATH);
  const countries = options.getByRole('list', message('optionsCountriesHeading'));
  await typeInto(options, options.getByRole('searchbox', message('optionsCountriesSearch')), 'slovenia');
  await expect.poll(() => countries.getByRole('listitem').allTexts()).toEqual([expect.stringContaining('Slovenia')]);

  const slovenia = countries.getByRole('switch', 'Slovenia');
  expect((await slovenia.state()).checked).toBe(false);
  await slovenia.click();
  await expect.poll(async () => (await slovenia.state()).checked).toBe(true);

  const popup = await harness.extensionPage(POPUP_PATH);
  await expect.poll(async () => (await popup.getByRole('switch', 'Slovenia').state()).checked).toBe(true);
});

test('a kind of finding switched off in the settings no longer warns, and warns again once back on', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  const options = await harness.extensionPage(OPTIONS_PATH);
  const leaks = options.getByRole('switch', message('optionsCategoryLeak'));
  expect(await leaks.state()).toMatchObject({ checked: true, description: message('optionsCategoryLeakHelp') });
  await leaks.click();
  await expect.poll(async () => (await leaks.state()).checked).toBe(false);
  await waitForBadge(page, false);

  await leaks.click();
  await waitForBadge(page, true);
});
