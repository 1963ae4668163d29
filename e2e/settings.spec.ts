/**
 * The settings page through its real UI, in both browsers: countries and
 * kinds of finding switched on and off there take effect in the popup and
 * on the page being written in.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, pageWithBadge, typeInto, waitForBadge } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import type { MessageKey } from '../extension/shared/i18n.ts';
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

/** One window as the form words it; the user's own time (in brackets) depends on the machine's zone, so any is accepted. */
function windowLine(kind: MessageKey, start: string, end: string, place: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = (time: string) => `(?:${escape(message('timeInPlace', time, place))}|${escape(message('timeInPlaceYours', time, place, '\u0000')).replace('\u0000', '[^)]+')})`;
  return new RegExp(`^${escape(message('optionsElectionWindow', message(kind), '\u0001', '\u0002')).replace('\u0001', at(start)).replace('\u0002', at(end))}$`);
}

/** The lines of the form's live region, spaces as typed (browsers may put narrow no-break spaces in times). */
async function windowsShown(options: PageDriver): Promise<string[]> {
  const text = await options.getByRole('status', message('optionsElectionWindowsHeading')).text();
  return text.split('\n').map((line) => line.replace(/\s/g, ' ').trim()).filter((line) => line !== '');
}

test('the custom-election form shows the silence windows the election would have while it is filled in, before anything is saved', async ({ harness }) => {
  const options = await harness.extensionPage(OPTIONS_PATH);
  const shown = () => windowsShown(options);
  await expect.poll(shown).toEqual([message('optionsElectionWindowsPending')]);

  // Filled in by keyboard as a user does; the date field is reached with Tab from the name (see popup-options.spec.ts).
  await options.getByRole('combobox', message('optionsElectionCountry')).focus();
  await options.type('France');
  await typeInto(options, options.getByRole('textbox', message('optionsElectionName')), 'Municipales');
  await options.press('Tab');
  await options.type('03172999');
  await expect.poll(shown).toEqual([message('optionsElectionWindowsBlocked', message('optionsElectionYearRange', '2999', '1900', '2100'))]);

  await options.getByRole('textbox', message('optionsElectionName')).focus();
  await options.press('Tab');
  await options.type('03172030');
  // France's rules for any election: from the Saturday's midnight until the polls close on Sunday, Paris time.
  const france = [
    windowLine('kindCampaign', 'Sat, Mar 16, 2030, 12:00 AM', 'Sun, Mar 17, 2030, 8:00 PM', 'Paris'),
    windowLine('kindPolls', 'Sat, Mar 16, 2030, 12:00 AM', 'Sun, Mar 17, 2030, 8:00 PM', 'Paris'),
    windowLine('kindResults', 'Sun, Mar 17, 2030, 12:00 AM', 'Sun, Mar 17, 2030, 8:00 PM', 'Paris'),
  ];
  await expect.poll(shown).toEqual(france.map((line) => expect.stringMatching(line)));

  // Germany bans exit polls at federal and European elections only.
  await options.getByRole('combobox', message('optionsElectionCountry')).focus();
  await options.type('Germany');
  await expect.poll(shown).toEqual([message('optionsElectionWindowsNone', 'Germany', message('electionTypeLocal'))]);
  await options.getByRole('combobox', message('optionsElectionType')).focus();
  await options.type(message('electionTypeLegislative'));
  await expect.poll(shown).toEqual([expect.stringMatching(windowLine('kindExitPolls', 'Sun, Mar 17, 2030, 12:00 AM', 'Sun, Mar 17, 2030, 6:00 PM', 'Berlin'))]);

  // Nothing was saved: the list of the user's elections is still empty.
  expect(await options.getByRole('button', message('optionsElectionRemoveNamed', 'Municipales')).count()).toBe(0);
});

test("the preview's date-time picker sets the preview on a country's clock; and nothing picked is told at its field", async ({ harness }) => {
  const options = await harness.extensionPage(OPTIONS_PATH);
  await options.getByRole('button', message('optionsElectionAdd')).waitFor();
  const pick = options.getByRole('button', message('optionsPreviewPick'));
  const status = options.getByRole('status', message('optionsPreviewHeading'));
  const preview = () =>
    options.evaluate(async () => {
      type RuntimeApi = { runtime: { sendMessage(message: object): Promise<{ preview: number | null }> } };
      const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
      return (await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'ui-bg/overview' })).preview;
    }, null);
  // The picker's field: datetime-local has no role both browsers expose by name (as for the election's date field).
  const pickerState = () => options.getByRole('button', message('optionsPreviewPick')).run('(b) => { const f = b.form.querySelector("input"); return { invalid: f.getAttribute("aria-invalid"), describedBy: (f.getAttribute("aria-describedby") || "").split(" ").map((id) => document.getElementById(id)?.textContent).join(" ") }; }');

  // Nothing picked: told next to the field, and the preview stays off.
  await pick.click();
  await expect.poll(pickerState).toMatchObject({ invalid: 'true', describedBy: expect.stringContaining(message('optionsPreviewPickMissing')) });
  expect(await preview()).toBeNull();

  // Noon on 6 May 2017 on France's clock (Paris, UTC+2 then), typed field by field as a keyboard user does.
  await options.getByRole('combobox', message('optionsPreviewZone')).focus();
  await options.type('France');
  // The date field comes before the zone and has no role both browsers name (see pickerState): focused by its id.
  await options.evaluate(() => (document.getElementById('preview-when') as HTMLInputElement).focus(), null);
  await options.type('05062017');
  await options.type('1200P');
  await pick.click();
  await expect.poll(preview).toBe(Date.parse('2017-05-06T10:00:00Z'));
  await expect.poll(() => status.text()).toContain(message('optionsPreviewCurrent', ''));
  expect(await pickerState()).toMatchObject({ invalid: 'false' });

  // The advanced field's refusal of bad ISO text: popup-options.spec 'the options page rejects a bad preview date'.
});
