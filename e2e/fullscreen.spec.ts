/**
 * A composer inside an element shown fullscreen (an editor's "focus mode"),
 * in both browsers: only the fullscreen element and what is inside it are
 * painted, above any z-index (the top layer), so the badge must be inside it
 * too, whether the element went fullscreen before the warning or after it.
 * A real mouse click at the badge's place opens the card only if the badge is
 * painted there.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, waitForBadge, writeInComposer } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

/** Puts the editor in fullscreen with its own button (a real click: the Fullscreen API wants a user's gesture). */
async function goFullscreen(page: PageDriver): Promise<void> {
  await page.getByRole('button', 'Full screen').click();
  await page.waitFor(() => document.fullscreenElement?.id === 'stage', null);
}

/** The card opens from a real click on the badge, its buttons work, and the editor stays fullscreen. */
async function expectWorkingBadge(page: PageDriver): Promise<void> {
  await badge(page).click();
  expect(await card(page).text()).toContain('L49');
  await card(page).getByRole('button', message('panelDismiss')).click();
  await waitForBadge(page, false);
  expect(await page.evaluate(() => document.fullscreenElement?.id, null)).toBe('stage');
}

test('a composer in a fullscreen element: the badge shows above it, and a real click opens the card', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/fullscreen.html`);
  try {
    await goFullscreen(page);
    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);
    await expectWorkingBadge(page);
  } finally {
    await page.close();
  }
});

test('a badge already shown follows its composer into fullscreen', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${FIXTURES}/fullscreen.html`);
  try {
    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);
    await goFullscreen(page);
    await expectWorkingBadge(page);
  } finally {
    await page.close();
  }
});
