/**
 * The walking skeleton, end to end in Chromium and Firefox: a #MacronLeaks
 * draft during France's 2017 silence shows the badge; it goes when France is
 * switched off, when the date is outside the window, and when the draft no
 * longer matches.
 */
import { expect, FIXTURES, test } from './support/fixtures.ts';
import { expectNoBadgeWithin, readBadge, setCountry, setPreviewDate, waitForBadge } from './support/flows.ts';

const INSIDE_SILENCE = '2017-05-06T12:00+02:00';
const AFTER_ELECTION = '2017-05-08T12:00+02:00';
const LEAK_DRAFT = 'Tout est là, lisez vite : #MacronLeaks';

/** Debounce (300 ms) plus a round trip to the background, with a wide margin. */
const SETTLE_MS = 1500;

test('a leak draft in a textarea during the silence shows the badge; switching France off hides it', async ({ harness }) => {
  await setPreviewDate(harness, INSIDE_SILENCE);
  await setCountry(harness, 'FR', true);

  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await page.focus('#composer');
  await page.type(LEAK_DRAFT);
  await waitForBadge(page, true);

  const badge = await readBadge(page);
  expect(badge.label).toContain('Election silence');

  // Opening the badge explains the phrase, the law and the window, without touching the draft.
  await page.click('silence-guard-badge >>> .pill');
  await page.waitFor(() => document.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.panel:not([hidden])') !== null, null);
  const opened = await readBadge(page);
  expect(opened.panelText).toContain('#MacronLeaks');
  expect(opened.panelText).toContain('Code électoral, art. L49');
  expect(await page.evaluate(() => (document.querySelector('#composer') as HTMLTextAreaElement).value, null)).toBe(LEAK_DRAFT);

  // Enter and clicks on the badge stay inside it: the page's "Enter posts" handler never sees them.
  await page.focus('silence-guard-badge >>> .pill');
  await page.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { submissions: number }).submissions, null)).toBe(0);

  await setCountry(harness, 'FR', false);
  await waitForBadge(page, false);
});

test('no badge outside the window or for a neutral draft; the badge goes when the draft stops matching', async ({ harness }) => {
  await setCountry(harness, 'FR', true);
  await setPreviewDate(harness, AFTER_ELECTION);

  const page = await harness.newPage(`${FIXTURES}/contenteditable.html`);
  await page.focus('#composer');
  await page.type(LEAK_DRAFT);
  await expectNoBadgeWithin(page, SETTLE_MS);

  // Positive control: the same draft warns once the clock is inside the window.
  await setPreviewDate(harness, INSIDE_SILENCE);
  await waitForBadge(page, true);

  // Editing the risky part away hides the badge.
  await page.focus('#composer');
  await page.evaluate(() => {
    const composer = document.querySelector('#composer') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(composer);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, null);
  await page.type('Belle journée pour une balade au parc.');
  await waitForBadge(page, false);
  await expectNoBadgeWithin(page, SETTLE_MS);
  expect(await page.evaluate(() => (document.querySelector('#composer') as HTMLElement).innerText.trim(), null)).toBe(
    'Belle journée pour une balade au parc.',
  );
});
