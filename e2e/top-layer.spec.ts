/**
 * Composers in the top layer, in Chromium and Firefox: in an open popover,
 * and in a modal <dialog> that lives in a web component's shadow root (open
 * or closed) with the textarea slotted in. The top layer paints above any
 * z-index and a modal dialog makes the rest of the page inert, so the badge
 * must be inside that element: a real click reaches it and opens the card,
 * and the popover or dialog stays open.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { badge, card, waitForBadge } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

interface Case {
  readonly page: string;
  /** Whether the popover or dialog holding the composer is still open. */
  readonly open: () => boolean;
}

const CASES: Record<string, Case> = {
  popover: { page: 'popover.html', open: () => (document.querySelector('#compose') as HTMLElement).matches(':popover-open') },
  'modal dialog in an open shadow root, composer slotted': {
    page: 'dialog-shadow.html',
    open: () => (document.querySelector('fixture-dialog') as HTMLElement & { open: boolean }).open,
  },
  'modal dialog in a closed shadow root, composer slotted': {
    page: 'dialog-shadow.html?mode=closed',
    open: () => (document.querySelector('fixture-dialog') as HTMLElement & { open: boolean }).open,
  },
};

/** Opens the page's popover or dialog with a real click, types the leak into its composer and waits for the badge. */
async function composeInTopLayer(page: PageDriver, open: () => boolean): Promise<void> {
  await page.getByRole('button', 'Write a post').click();
  await page.waitFor(open, null);
  await page.focus('#composer');
  await page.type(LEAK_DRAFT);
  await waitForBadge(page, true);
}

for (const [name, { page: path, open }] of Object.entries(CASES)) {
  test(`${name}: the badge shows above it, and a real click on it opens the card`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/${path}`);
    try {
      await composeInTopLayer(page, open);
      // A real mouse click at the badge's place: it hits the badge only if the badge is painted on top and not inert.
      await badge(page).click();
      expect(await card(page).text()).toContain('L49');
      // The card's own buttons work too ("Dismiss" hides the badge), and leave the popover or dialog open.
      await card(page).getByRole('button', message('panelDismiss')).click();
      await waitForBadge(page, false);
      expect(await page.evaluate(open, null)).toBe(true);
      expect((await page.evaluate(() => (document.querySelector('#composer') as HTMLTextAreaElement).value, null))).toBe(LEAK_DRAFT);
    } finally {
      await page.close();
    }
  });

  test(`${name}: Escape closes the card, not the ${name.startsWith('popover') ? 'popover' : 'dialog'}`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(`${FIXTURES}/${path}`);
    try {
      await composeInTopLayer(page, open);
      await badge(page).click();
      await card(page).waitFor();
      await page.press('Escape');
      await card(page).waitFor('absent');
      expect(await page.evaluate(open, null)).toBe(true);
      // And the focus is back in the composer, where the user was writing.
      expect(await page.evaluate(() => document.activeElement?.id, null)).toBe('composer');
    } finally {
      await page.close();
    }
  });
}
