/**
 * The toolbar button tells the truth about the warnings, in both browsers:
 * "!" during a silence, the pause sign (and a title saying until when) once
 * the user pauses from the card, and "!" again when they resume from the popup.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, badge, card, pageWithBadge, waitForBadge } from './support/flows.ts';
import type { ExtensionHarness } from './support/harness.ts';
import { message } from './support/messages.ts';

/** The toolbar button's badge text and title, read through the extension's own API: the toolbar is browser UI, out of any page's reach. */
async function toolbar(harness: ExtensionHarness): Promise<{ text: string; title: string }> {
  const page = await harness.extensionPage(POPUP_PATH);
  try {
    return await page.evaluate(async () => {
      type ActionApi = { action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> } };
      const scope = globalThis as unknown as { browser?: ActionApi; chrome: ActionApi };
      const api = scope.browser ?? scope.chrome;
      return { text: await api.action.getBadgeText({}), title: await api.action.getTitle({}) };
    }, null);
  } finally {
    await page.close();
  }
}

test('pausing from the card shows the pause on the toolbar button, and resuming from the popup clears it', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);
  await expect.poll(() => toolbar(harness)).toEqual({ text: '!', title: message('toolbarActive', 'France') });

  await badge(page).click();
  await card(page).getByRole('button', message('panelSnooze')).click();
  await waitForBadge(page, false);
  await expect.poll(async () => (await toolbar(harness)).text).toBe('❚❚');
  expect((await toolbar(harness)).title).toMatch(/^Silence Guard: warnings paused until .+, while an election silence is in force in France$/);

  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.getByRole('button', message('popupResume')).click();
  await popup.getByRole('button', message('popupResume')).waitFor('absent');
  await expect.poll(() => toolbar(harness)).toEqual({ text: '!', title: message('toolbarActive', 'France') });
});
