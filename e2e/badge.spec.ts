/**
 * The badge's own controls, in both browsers: the panel opens and closes from
 * the keyboard, "Dismiss" hides the badge for this draft only, "Pause" hides
 * it everywhere.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, expectNoBadgeWithin, pageWithBadge, readBadge, waitForBadge } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

function clickInPanel(page: PageDriver, action: string): Promise<void> {
  return page.click(`silence-guard-badge >>> [data-action="${action}"]`);
}

const panelOpen = (page: PageDriver) =>
  page.evaluate(() => document.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.panel:not([hidden])') != null, null);

test('the panel opens from the keyboard, closes with Escape and gives focus back to the badge', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await page.focus('silence-guard-badge >>> .pill');
  await page.press('Enter');
  await page.waitFor(() => document.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.pill')?.getAttribute('aria-expanded') === 'true', null);
  expect(await panelOpen(page)).toBe(true);
  expect((await readBadge(page)).panelText).toContain('Ends in');

  await page.press('Escape');
  await page.waitFor(() => document.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.panel')?.hasAttribute('hidden') === true, null);
  const focused = await page.evaluate(() => document.querySelector('silence-guard-badge')?.shadowRoot?.activeElement?.className ?? '', null);
  expect(focused).toBe('pill');
  expect(await page.evaluate(() => (window as unknown as { submissions: number }).submissions, null)).toBe(0);
});

test('dismiss hides the badge for this draft until it says something new; pause hides it everywhere', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`);

  await page.click('silence-guard-badge >>> .pill');
  await clickInPanel(page, 'dismiss');
  await waitForBadge(page, false);
  // More of the same draft keeps it dismissed…
  await page.focus('#composer');
  await page.type(' encore');
  await expectNoBadgeWithin(page, 1200);
  // …until the draft adds another kind of risk.
  await page.type(' Sondage : Macron 62 %, Le Pen 38 %');
  await waitForBadge(page, true);

  await page.click('silence-guard-badge >>> .pill');
  await clickInPanel(page, 'snooze');
  await waitForBadge(page, false);
  const other = await harness.newPage(`${FIXTURES}/contenteditable.html`);
  await other.focus('#composer');
  await other.type(LEAK_DRAFT);
  await other.type(' #MacronLeaks');
  // The pause holds in another tab too: the background answers "inactive" until it ends.
  const snoozed = await other.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(document.querySelector('silence-guard-badge') === null), 1500)), null);
  expect(snoozed).toBe(true);

  // The popup says warnings are paused, and "Resume now" brings them back.
  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.waitFor(() => document.querySelector('#paused button') !== null, null);
  await popup.click('#paused button');
  await popup.waitFor(() => document.querySelector('#paused') === null, null);
  await other.focus('#composer');
  await other.type('!');
  await waitForBadge(other, true);
});

test('the panel lists a few phrases and counts the rest', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${FIXTURES}/textarea.html`, '#MacronLeaks un, #MacronLeaks deux, #MacronLeaks trois, #MacronLeaks quatre, #MacronLeaks cinq');
  await page.click('silence-guard-badge >>> .pill');
  await page.waitFor(() => document.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.panel:not([hidden])') != null, null);
  const lines = await page.evaluate(
    () => [...(document.querySelector('silence-guard-badge')?.shadowRoot?.querySelectorAll('.detected') ?? [])].map((p) => p.textContent ?? ''),
    null,
  );
  expect(lines).toHaveLength(4);
  expect(lines[3]).toBe('…and 2 more.');
});
