/**
 * The first-run page, in both browsers: what Silence Guard does, and the
 * countries to follow. A browser in UTC (this machine, CI) gets no country
 * from its zone, so the page must ask for one instead of showing an empty,
 * falsely reassuring state. (Test builds do not open the page on install, see
 * background/index.ts; it is opened here by its address.)
 */
import { expect, test } from './support/fixtures.ts';
import { POPUP_PATH, typeInto } from './support/flows.ts';
import { message } from './support/messages.ts';

const WELCOME_PATH = 'extension/welcome/index.html';

test('the welcome page says nothing leaves the browser, asks for a country when the time zone gives none, and follows the one picked', async ({ harness }) => {
  const welcome = await harness.extensionPage(WELCOME_PATH);
  await welcome.getByRole('heading', message('welcomeTitle')).waitFor();
  await welcome.getByRole('heading', message('welcomePrivateHeading')).waitFor();

  const countries = welcome.getByRole('list', message('welcomeCountriesHeading'));
  await expect.poll(() => countries.getByRole('listitem').count()).toBeGreaterThanOrEqual(50);
  const zone = await welcome.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone, null);
  test.skip(zone !== 'UTC' && zone !== 'Etc/UTC', `this browser's zone is ${zone}: the UTC prompt is not what it shows`);
  expect(await welcome.getByRole('main').text()).toContain(message('welcomeCountriesUtc'));

  await typeInto(welcome, welcome.getByRole('searchbox', message('welcomeCountriesSearch')), 'france');
  await countries.getByRole('switch', 'France').click();
  await expect.poll(() => welcome.getByRole('main').text()).toContain(message('welcomeCountriesChosen', 'France'));
  expect(await welcome.getByRole('main').text()).not.toContain(message('welcomeCountriesUtc'));

  const popup = await harness.extensionPage(POPUP_PATH);
  await expect.poll(async () => (await popup.getByRole('switch', 'France').state()).checked).toBe(true);
});
