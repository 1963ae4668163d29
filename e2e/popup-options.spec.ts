/**
 * The popup and the options page through their real UI, in both browsers:
 * country search, toolbar state during a silence, preview-date and custom
 * election validation.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, pageWithBadge, setCountry, setPreviewDate, waitForBadge } from './support/flows.ts';

test('the popup filters countries as you type and shows the silence on the toolbar', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'FR', true);

  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.waitFor(() => document.querySelectorAll('.country').length >= 50, null);
  // Enabled countries come first, with their status.
  const first = await popup.evaluate(() => {
    const row = document.querySelector('.country') as HTMLElement;
    return { code: row.dataset.country, status: row.dataset.status, text: row.textContent };
  }, null);
  expect(first).toMatchObject({ code: 'FR', status: 'active' });
  expect(first.text).toContain('Campaign silence in force until');

  await popup.focus('#country-search');
  await popup.type('SLOVEN');
  await popup.waitFor(() => document.querySelectorAll('.country').length === 1, null);
  expect(await popup.evaluate(() => (document.querySelector('.country') as HTMLElement).dataset.country, null)).toBe('SI');

  await popup.evaluate(() => {
    const input = document.querySelector('#country-search') as HTMLInputElement;
    input.value = 'zzz';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, null);
  await popup.waitFor(() => document.querySelectorAll('.country').length === 0, null);
  expect(await popup.evaluate(() => document.querySelector('main')?.textContent ?? '', null)).toContain('No country matches "zzz"');

  // The toolbar button says a silence is in force (read through the extension's own API).
  const toolbar = await popup.evaluate(async () => {
    type ActionApi = { action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> } };
    const scope = globalThis as unknown as { browser?: ActionApi; chrome: ActionApi };
    const api = scope.browser ?? scope.chrome;
    return { text: await api.action.getBadgeText({}), title: await api.action.getTitle({}) };
  }, null);
  expect(toolbar.text).toBe('!');
  expect(toolbar.title).toContain('France');
});

test('the options page rejects a bad preview date and manages custom elections', async ({ harness }) => {
  const options = await harness.extensionPage(OPTIONS_PATH);
  await options.waitFor(() => document.querySelector('#add-election') !== null, null);

  await options.focus('#preview-input');
  await options.type('6 May 2017');
  await options.click('#preview-form button[type=submit]');
  await options.waitFor(() => document.querySelector('#preview-error') !== null, null);
  expect(await options.evaluate(() => document.querySelector('#preview-error')?.textContent, null)).toContain('"6 May 2017" is not a date and time');
  expect(await options.evaluate(() => document.querySelector('#preview-input')?.getAttribute('aria-invalid'), null)).toBe('true');

  const fill = (date: string, name: string) =>
    options.evaluate(
      ([d, n]: [string, string]) => {
        const set = (selector: string, value: string, event: string) => {
          const field = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
          field.value = value;
          field.dispatchEvent(new Event(event, { bubbles: true }));
        };
        set('#election-country', 'FR', 'change');
        set('#election-date', d, 'input');
        set('#election-name', n, 'input');
      },
      [date, name] as [string, string],
    );

  await fill('2030-03-17', '   ');
  await options.click('#add-election button[type=submit]');
  await options.waitFor(() => document.querySelector('#election-error')?.textContent?.includes('Give the election a name') === true, null);

  await fill('2030-03-17', 'Municipales de Lyon');
  await options.click('#add-election button[type=submit]');
  await options.waitFor(() => document.querySelector('[data-election="FR:2030-03-17"]') !== null, null);
  expect(await options.evaluate(() => document.querySelector('#election-error'), null)).toBeNull();

  await options.click('[data-election="FR:2030-03-17"] button');
  await options.waitFor(() => document.querySelector('[data-election="FR:2030-03-17"]') === null, null);
});

test('switching a site off hides the badge there, and on again brings it back', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  const popup = await harness.extensionPage(POPUP_PATH);
  const setSite = (enabled: boolean) =>
    popup.evaluate(async (on: boolean) => {
      type RuntimeApi = { runtime: { sendMessage(message: object): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'ui-bg/set-site', url: 'http://localhost/textarea.html', enabled: on });
    }, enabled);
  expect(await setSite(false)).toEqual({ host: 'localhost', coverage: 'builtin', enabled: false });
  await waitForBadge(page, false);
  expect(await setSite(true)).toMatchObject({ enabled: true });
  await waitForBadge(page, true);

  // Switched off again, the site is listed in the options page, which can turn it back on.
  await setSite(false);
  await waitForBadge(page, false);
  const options = await harness.extensionPage(OPTIONS_PATH);
  await options.waitFor(() => document.querySelector('#disabled-sites [data-host="localhost"] button') !== null, null);
  await options.click('#disabled-sites [data-host="localhost"] button');
  await options.waitFor(() => document.querySelector('#disabled-sites') === null, null);
  await waitForBadge(page, true);
});
