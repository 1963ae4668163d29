/**
 * The extension's pages follow changes made elsewhere without being reloaded
 * (extension/shared/ui/use-overview.ts listens to storage changes), in both
 * browsers: a popup left open in one tab shows a country switched on in the
 * settings page in another tab, with that country's silence in force.
 */
import { expect, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, setPreviewDate, typeInto } from './support/flows.ts';
import { message } from './support/messages.ts';

test('a popup open in one tab shows a country switched on in the settings page in another tab, without reloading', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  const popup = await harness.extensionPage(POPUP_PATH);
  const inPopup = popup.getByRole('switch', 'France');
  expect((await inPopup.state()).checked).toBe(false);
  // Gone if the popup's document were replaced by a reload.
  await popup.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  }, null);

  const settings = await harness.extensionPage(OPTIONS_PATH);
  const countries = settings.getByRole('list', message('optionsCountriesHeading'));
  await typeInto(settings, settings.getByRole('searchbox', message('optionsCountriesSearch')), 'France');
  await countries.getByRole('switch', 'France').click();
  await expect.poll(async () => (await countries.getByRole('switch', 'France').state()).checked).toBe(true);

  await popup.bringToFront();
  await expect.poll(async () => (await inPopup.state()).checked).toBe(true);
  expect((await inPopup.state()).description).toContain('Campaign silence in force until');
  // Your countries first: France is now at the top of the popup's list.
  expect(await popup.getByRole('list').getByRole('listitem').nth(0).text()).toContain('France');
  expect(await popup.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument, null)).toBe(true);

  // And back: switched off in the settings, off in the popup.
  await settings.bringToFront();
  await countries.getByRole('switch', 'France').click();
  await expect.poll(async () => (await inPopup.state()).checked).toBe(false);
  await popup.close();
  await settings.close();
});
