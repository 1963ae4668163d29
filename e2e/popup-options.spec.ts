/**
 * The popup and the options page through their real UI, in both browsers:
 * country search, toolbar state during a silence, preview-date and custom
 * election validation, sites switched off.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, pageWithBadge, setCountry, setPreviewDate, typeInto, waitForBadge } from './support/flows.ts';
import { message } from './support/messages.ts';

test('the popup lists enabled countries first with their status, and filters them as you type', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);

  const popup = await harness.extensionPage(POPUP_PATH);
  const list = popup.getByRole('list');
  await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThanOrEqual(50);
  const first = list.getByRole('listitem').nth(0);
  expect(await first.text()).toContain('France');
  expect(await first.text()).toContain('Campaign silence in force until');
  expect((await popup.getByRole('switch', 'France').state()).description).toContain('Campaign silence in force until');

  const search = popup.getByRole('searchbox', message('popupSearchLabel'));
  // Not "Sloven": that also finds Slovakia by its own name, Slovensko.
  await typeInto(popup, search, 'SLOVENIA');
  await expect.poll(() => list.getByRole('listitem').allTexts()).toEqual([expect.stringContaining('Slovenia')]);

  await typeInto(popup, search, 'zzz');
  await expect.poll(() => list.getByRole('listitem').count()).toBe(0);
  expect(await popup.getByRole('main').text()).toContain(message('popupNoMatch', 'zzz'));
});

test('the toolbar button shows that a silence is in force', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);

  // Read through the extension's own API: the toolbar is browser UI, out of the page's reach.
  const popup = await harness.extensionPage(POPUP_PATH);
  const toolbar = await popup.evaluate(async () => {
    type ActionApi = { action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> } };
    const scope = globalThis as unknown as { browser?: ActionApi; chrome: ActionApi };
    const api = scope.browser ?? scope.chrome;
    return { text: await api.action.getBadgeText({}), title: await api.action.getTitle({}) };
  }, null);
  expect(toolbar.text).toBe('!');
  expect(toolbar.title).toContain('France');
});

test('the options page rejects a bad preview date', async ({ harness }) => {
  const options = await harness.extensionPage(OPTIONS_PATH);
  const field = options.getByRole('textbox', message('optionsPreviewLabel'));

  await typeInto(options, field, '6 May 2017');
  await options.getByRole('button', message('optionsPreviewApply')).click();
  expect(await options.getByRole('alert').text()).toContain(message('optionsPreviewInvalid', '6 May 2017'));
  expect((await field.state()).invalid).toBe(true);
});

test('the options page adds and removes a custom election; each problem is told next to its field, and nothing typed is lost', async ({ harness }) => {
  const options = await harness.extensionPage(OPTIONS_PATH);
  const add = options.getByRole('button', message('optionsElectionAdd'));
  const name = options.getByRole('textbox', message('optionsElectionName'));
  // The date field has no role both browsers expose by name (Chromium: Date, Firefox: none): reached with Tab from the name, as a keyboard user does.
  const typeNameAndDay = async (text: string, monthDayYear: string) => {
    await typeInto(options, name, text);
    await options.press('Tab');
    await options.type(monthDayYear);
  };
  const pageText = () => options.getByRole('main').text();

  await options.getByRole('combobox', message('optionsElectionCountry')).focus();
  await options.type('France');
  await typeNameAndDay('   ', '03172999');
  await add.click();
  await expect.poll(async () => (await name.state()).description).toContain(message('optionsElectionNoName'));
  expect(await name.state()).toMatchObject({ invalid: true, focused: true });
  expect(await pageText()).toContain(message('optionsElectionYearRange', '2999', '1900', '2100'));

  await typeNameAndDay('Municipales de Lyon', '03172030');
  await add.click();
  const remove = options.getByRole('button', message('optionsElectionRemoveNamed', 'Municipales de Lyon'));
  await remove.waitFor();
  expect(await pageText()).not.toContain(message('optionsElectionNoName'));

  // The same country and day again is refused next to the date, and what was typed stays.
  await typeNameAndDay('Doublon', '03172030');
  await add.click();
  await expect.poll(pageText).toContain(message('optionsElectionDuplicate', 'Municipales de Lyon'));
  expect(await name.value()).toBe('Doublon');
  expect(await options.getByRole('button', message('optionsElectionRemoveNamed', 'Doublon')).count()).toBe(0);

  await remove.click();
  await remove.waitFor('absent');
});

test('switching a site off hides the badge there, and the options page turns it back on', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  // What the popup's site switch sends. The switch is for the active tab's site; a test cannot click the
  // toolbar button, and the popup opened as a tab (Chromium) has itself as its active tab, so no site switch.
  const popup = await harness.extensionPage(POPUP_PATH);
  const setSite = (enabled: boolean) =>
    popup.evaluate(async (on: boolean) => {
      type RuntimeApi = { runtime: { sendMessage(message: object): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'ui-bg/set-site', url: 'http://localhost/textarea.html', enabled: on });
    }, enabled);
  expect(await setSite(false)).toEqual({ host: 'localhost', coverage: 'builtin', enabled: false });
  await waitForBadge(page, false);

  const options = await harness.extensionPage(OPTIONS_PATH);
  await options.getByRole('button', message('optionsSitesEnableHost', 'localhost')).click();
  await options.getByRole('button', message('optionsSitesEnableHost', 'localhost')).waitFor('absent');
  await waitForBadge(page, true);
});
