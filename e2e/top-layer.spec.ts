/**
 * Composers in the top layer, in Chromium and Firefox: in an open popover,
 * and in a modal <dialog> that lives in a web component's shadow root (open
 * or closed) with the textarea slotted in. The top layer paints above any
 * z-index and a modal dialog makes the rest of the page inert, so the badge
 * must be inside that element: a real click reaches it and opens the card,
 * and the popover or dialog stays open.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, composer, waitForBadge, writeInComposer } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

interface Case {
  readonly page: string;
  /** The dialog holding the composer, by its name; none for the popover (a popover has no role). */
  readonly dialog?: string;
}

const CASES: Record<string, Case> = {
  popover: { page: 'popover.html' },
  'modal dialog in an open shadow root, composer slotted': { page: 'dialog-shadow.html', dialog: 'New post' },
  'modal dialog in a closed shadow root, composer slotted': { page: 'dialog-shadow.html?mode=closed', dialog: 'New post' },
};

/**
 * Whether the popover or dialog is still open, as a user sees it: its composer is on screen (a closed
 * popover or dialog is not rendered, so its composer leaves the accessibility tree) and so is the dialog.
 */
async function stillOpen(page: PageDriver, dialog: string | undefined): Promise<boolean> {
  const shown = await composer(page).isPresent();
  return dialog === undefined ? shown : shown && (await page.getByRole('dialog', dialog).isPresent());
}

/** Opens the page's popover or dialog with a real click, types the leak into its composer and waits for the badge. */
async function composeInTopLayer(page: PageDriver): Promise<void> {
  await page.getByRole('button', 'Write a post').click();
  await writeInComposer(page, LEAK_DRAFT);
  await waitForBadge(page, true);
}

for (const [name, { page: path, dialog }] of Object.entries(CASES)) {
  test(`${name}: the badge shows above it, and a real click on it opens the card`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/${path}`);
    try {
      await composeInTopLayer(page);
      // A real mouse click at the badge's place: it hits the badge only if the badge is painted on top and not inert.
      await badge(page).click();
      expect(await card(page).text()).toContain('L49');
      // The card's own buttons work too ("Dismiss" hides the badge), and leave the popover or dialog open.
      await card(page).getByRole('button', message('panelDismiss')).click();
      await waitForBadge(page, false);
      expect(await stillOpen(page, dialog)).toBe(true);
      expect(await composer(page).value()).toBe(LEAK_DRAFT);
    } finally {
      await page.close();
    }
  });

  test(`${name}: Escape closes the card, not the ${name.startsWith('popover') ? 'popover' : 'dialog'}`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/${path}`);
    try {
      await composeInTopLayer(page);
      await badge(page).click();
      await card(page).waitFor();
      await page.press('Escape');
      await card(page).waitFor('absent');
      expect(await stillOpen(page, dialog)).toBe(true);
      // And the focus is back in the composer, where the user was writing.
      expect((await composer(page).state()).focused).toBe(true);
    } finally {
      await page.close();
    }
  });
}
