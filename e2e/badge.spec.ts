/**
 * The badge's own controls, in both browsers: the card opens and closes from
 * the keyboard, "Dismiss" hides the badge for this draft only, "Pause" hides
 * it everywhere until resumed from the popup.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, badge, card, expectNoBadgeWithin, pageWithBadge, waitForBadge } from './support/flows.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
/** Debounce (300 ms) plus a round trip to the background, with a margin. */
const SETTLE_MS = 1200;

test('the card opens from the keyboard, closes with Escape and gives focus back to the composer', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await badge(page).focus();
  await page.press('Enter');
  await card(page).waitFor();
  expect((await badge(page).state()).expanded).toBe(true);
  expect(await card(page).text()).toContain('Ends in');

  await page.press('Escape');
  await card(page).waitFor('absent');
  expect((await badge(page).state()).expanded).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.id, null)).toBe('composer');
});

test('dismiss hides the badge for this draft until it says something new', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await badge(page).click();
  await card(page).getByRole('button', message('panelDismiss')).click();
  await waitForBadge(page, false);
  // More of the same draft keeps it dismissed…
  await page.focus('#composer');
  await page.type(' encore');
  await expectNoBadgeWithin(page, SETTLE_MS);
  // …until the draft adds another kind of risk.
  await page.type(' Sondage : Macron 62 %, Le Pen 38 %');
  await waitForBadge(page, true);
});

test('pause hides the badge in every tab until "Resume now" in the popup', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await badge(page).click();
  await card(page).getByRole('button', message('panelSnooze')).click();
  await waitForBadge(page, false);
  const other = await harness.newPage(`${FIXTURES}/contenteditable.html`);
  await other.focus('#composer');
  await other.type(LEAK_DRAFT);
  // The pause holds in another tab too: the background answers "inactive" until it ends.
  await expectNoBadgeWithin(other, SETTLE_MS);

  // The popup says warnings are paused, and "Resume now" brings them back (the positive control).
  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.getByRole('button', message('popupResume')).click();
  await popup.getByRole('button', message('popupResume')).waitFor('absent');
  await other.focus('#composer');
  await other.type('!');
  await waitForBadge(other, true);
});

test('the card lists a few phrases, each once, and counts the rest', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`, '#MacronLeaks un, #EmmanuelMacronLeaks deux, #MacronLeak trois, #LeaksMacron quatre. #MacronLeaks');
  await badge(page).click();
  const text = await card(page).text();
  expect(text.split(message('panelDetected', '').trim()).length - 1).toBe(3);
  expect(text.split(message('panelDetected', '#MacronLeaks')).length - 1).toBe(1);
  expect(text).toContain(message('panelMorePhrases', '1'));
});
