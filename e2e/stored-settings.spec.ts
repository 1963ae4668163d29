/**
 * Issue 14's "broken or fragile paths", checked in the real browsers rather
 * than only in unit tests: settings that storage holds damaged (a pause ending
 * in the year 10^292, a custom election with a 4 MB name) are repaired when
 * first read and saved back once, however many reads follow, and warnings are
 * not left paused; messages past their bounds (a 4 MB election name, a
 * million categories) are refused and the background goes on answering.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, composer, setCountry, setPreviewDate, waitForBadge, writeInComposer } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
const HUGE_NAME = 'x'.repeat(4_000_000);
const election = (name: string) => ({ country: 'FR', date: '2030-03-17', name, type: 'local', status: 'confirmed' });

/** The settings as storage holds them, read from an extension page. */
function storedSettings(page: PageDriver): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    type StorageApi = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    return (await (scope.browser ?? scope.chrome).storage.local.get('settings')).settings as Record<string, unknown>;
  }, null);
}

/** Sends a message to the background as the extension's own pages do; resolves to its answer or the rejection's text. */
function sendFrom(page: PageDriver, request: object): Promise<unknown> {
  return page.evaluate(async (sent: object) => {
    type RuntimeApi = { runtime: { sendMessage(message: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
    try {
      return { answer: await (scope.browser ?? scope.chrome).runtime.sendMessage(sent) };
    } catch (error) {
      return { refused: String(error) };
    }
  }, request);
}

test('damaged stored settings are repaired on read and saved back once; warnings are not left paused', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await writeInComposer(page, LEAK_DRAFT);
  await waitForBadge(page, true);

  const popup = await harness.extensionPage(POPUP_PATH);
  const good = await storedSettings(popup);
  // Every write to the settings from here on, as storage reports it.
  await popup.evaluate(() => {
    type StorageApi = { storage: { onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void } } };
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi; settingsWrites: number };
    scope.settingsWrites = 0;
    (scope.browser ?? scope.chrome).storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'settings' in changes) scope.settingsWrites += 1;
    });
  }, null);
  const settingsWrites = () => popup.evaluate(() => (globalThis as unknown as { settingsWrites: number }).settingsWrites, null);

  // A corrupt write (another tool, a bad sync, an old bug): a pause that would never end, and a 4 MB name.
  const damaged = { ...good, snooze: { until: 1e300, setAt: Date.now() }, customElections: [election('Municipales de Lyon'), election(HUGE_NAME)] };
  await popup.evaluate(async (settings: object) => {
    type StorageApi = { storage: { local: { set(items: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    await (scope.browser ?? scope.chrome).storage.local.set({ settings });
  }, damaged);

  // The page asks for verdicts again and again (every read sees the damage until it is saved).
  for (const draft of ['Encore : #MacronLeaks', 'Et encore : #MacronLeaks', LEAK_DRAFT]) {
    await composer(page).click();
    await page.pressWithControl('a');
    await page.press('Backspace');
    await waitForBadge(page, false);
    await page.type(draft);
    // Not paused: the badge comes back for each risky draft.
    await waitForBadge(page, true);
  }

  await expect.poll(() => storedSettings(popup)).toEqual({ ...good, snooze: null, customElections: [election('Municipales de Lyon')] });
  // The damaged write and the one repair, nothing after it.
  expect(await settingsWrites()).toBe(2);

  // The popup shows as usual: France on, in silence, nothing paused.
  const fresh = await harness.extensionPage(POPUP_PATH);
  await expect.poll(async () => (await fresh.getByRole('switch', 'France').state()).checked).toBe(true);
  expect(await fresh.getByRole('button', message('popupResume')).count()).toBe(0);
});

test('messages past their bounds are refused, nothing is stored, and the background goes on answering', async ({ harness }) => {
  const popup = await harness.extensionPage(POPUP_PATH);
  const before = await storedSettings(popup);

  const longName = await sendFrom(popup, { type: 'ui-bg/add-election', election: election(HUGE_NAME) });
  expect(longName).toEqual({ refused: expect.stringContaining('Unknown or malformed message: ui-bg/add-election') });
  const justTooLong = await sendFrom(popup, { type: 'ui-bg/add-election', election: election('x'.repeat(201)) });
  expect(justTooLong).toEqual({ refused: expect.stringContaining('Unknown or malformed message: ui-bg/add-election') });
  const categories = await sendFrom(popup, { type: 'cs-bg/verdict', categories: Array.from({ length: 1_000_000 }, () => 'leak') });
  expect(categories).toEqual({ refused: expect.stringContaining('Unknown or malformed message: cs-bg/verdict') });
  expect(await storedSettings(popup)).toEqual(before);

  // Positive control: the same election with a 200-character name is taken, and the background still answers.
  const longest = 'x'.repeat(200);
  expect(await sendFrom(popup, { type: 'ui-bg/add-election', election: election(longest) })).toHaveProperty('answer');
  expect(((await storedSettings(popup)).customElections as { name: string }[]).map((e) => e.name)).toEqual([longest]);
  expect(await sendFrom(popup, { type: 'ui-bg/overview' })).toHaveProperty('answer.countries');
});
