/**
 * The card never blocks, in both browsers: it closes on a click elsewhere (the
 * page still gets the click), on Escape anywhere, when typing resumes; it
 * never covers the draft or the page's Post button; its actions show without
 * scrolling in a 720-px window and at 200 % zoom; focus goes into it and back
 * to the composer; a dismissal holds for this draft only.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { type Box, type BrowserName, type ExtensionHarness, type PageDriver, launchExtension } from './support/harness.ts';
import { contrastOf } from './support/contrast.ts';
import { POPUP_PATH, badge, card, composer, expectQuietAfter, heardByPage, setCountry, setPreviewDate, waitForBadge, writeInComposer } from './support/flows.ts';
import { message } from './support/messages.ts';

const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

/** A fixture page (France's 2017 silence, France on: the worker's harness) with the risky draft typed and the badge up. */
async function draftWithBadge(harness: ExtensionHarness, draft = LEAK_DRAFT): Promise<PageDriver> {
  const page = await harness.newPage(`${FIXTURES}/textarea.html`);
  await writeInComposer(page, draft);
  await waitForBadge(page, true);
  return page;
}

async function openCard(page: PageDriver): Promise<void> {
  await badge(page).click();
  await card(page).waitFor();
}

async function composerFocused(page: PageDriver): Promise<boolean> {
  return (await composer(page).state()).focused;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('the badge is icon-sized', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  const box = await badge(page).box();
  expect(box.width).toBeLessThanOrEqual(28);
  expect(box.height).toBeLessThanOrEqual(28);
  await page.close();
});

test('opening the card moves focus into it; Close gives it back to the composer', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  await badge(page).focus();
  await page.press('Enter');
  await card(page).waitFor();
  expect((await card(page).state()).focused).toBe(true);

  await card(page).getByRole('button', message('panelClose')).click();
  await card(page).waitFor('absent');
  expect(await composerFocused(page)).toBe(true);
  await page.close();
});

test('a click elsewhere closes the card, and the page still gets that click', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  await openCard(page);
  const clicksBefore = (await heardByPage(page)).clicks;
  await page.getByRole('heading', 'Reply').click();
  await card(page).waitFor('absent');
  expect((await heardByPage(page)).clicks).toBe(clicksBefore + 1);
  await page.close();
});

test('Escape closes the card from inside it (focus back to the composer) and from the composer', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  await openCard(page);
  await page.press('Escape');
  await card(page).waitFor('absent');
  expect(await composerFocused(page)).toBe(true);

  await openCard(page);
  // Back in the composer without a click (as a screen reader's or the page's own focus move would).
  await composer(page).focus();
  expect((await card(page).isPresent())).toBe(true);
  await page.press('Escape');
  await card(page).waitFor('absent');
  await page.close();
});

test('typing in the composer again closes the card', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  await openCard(page);
  // Focus moved back without a click (a click elsewhere closes the card by itself).
  await composer(page).focus();
  await page.type(' !');
  await card(page).waitFor('absent');
  expect(await composer(page).value()).toBe(`${LEAK_DRAFT} !`);
  await page.close();
});

for (const [label, width, height] of [
  ['a 1280 × 720 window', 1280, 720],
  ['200 % zoom (640 × 360 CSS pixels)', 640, 360],
] as const) {
  test(`in ${label} the card covers neither the draft nor the Post button, and its actions show`, async ({ silenceHarness }) => {
    const page = await draftWithBadge(silenceHarness);
    await page.setViewport(width, height);
    await openCard(page);
    const cardBox = await card(page).box();
    expect(overlaps(cardBox, await composer(page).box())).toBe(false);
    expect(overlaps(cardBox, await page.getByRole('button', 'Post').box())).toBe(false);
    for (const key of ['panelDismiss', 'panelSnooze', 'panelClose'] as const) {
      const button = await card(page).getByRole('button', message(key)).box();
      expect(button.y).toBeGreaterThanOrEqual(0);
      expect(button.y + button.height).toBeLessThanOrEqual(Math.min(height, cardBox.y + cardBox.height) + 1);
    }
    await page.close();
  });
}

test('a dismissal holds for this draft only: the next post with the same words warns again', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  await openCard(page);
  await card(page).getByRole('button', message('panelDismiss')).click();
  await waitForBadge(page, false);
  expect(await composerFocused(page)).toBe(true);

  // More of the same draft keeps it dismissed (the positive control is below)…
  await expectQuietAfter(page, () => page.type(' encore'));
  // …but the next post, written over it, says the same thing and warns again.
  await page.pressWithControl('a');
  await page.type('Lisez donc #MacronLeaks');
  await waitForBadge(page, true);
  await page.close();
});

test('a new warning is announced politely, once, in a status region', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  const status = page.getByRole('status');
  await expect.poll(() => status.text()).toBe(message('announceWarning', 'France'));
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every text of the badge and the open card has a contrast of at least 4.5:1 (${scheme})`, async ({}, testInfo) => {
    const harness = await launchExtension(testInfo.project.name as BrowserName, { colorScheme: scheme });
    try {
      await setPreviewDate(harness, '2017-05-06T12:00+02:00');
      await setCountry(harness, 'France', true);
      const page = await draftWithBadge(harness, `${LEAK_DRAFT} Sondage : Macron 62 %, Le Pen 38 %`);
      await openCard(page);
      const pairs = [...(await contrastOf(badge(page))), ...(await contrastOf(card(page)))];
      expect(pairs.length).toBeGreaterThan(8);
      // The highlighted phrase and the countdown were the failing pairs in dark mode.
      expect(pairs.some((p) => p.text.includes('#MacronLeaks'))).toBe(true);
      expect(pairs.some((p) => p.text.startsWith('Ends in'))).toBe(true);
      expect(pairs.filter((p) => p.ratio < 4.5)).toEqual([]);
    } finally {
      await harness.close();
    }
  });
}

test('the "open the card" shortcut opens the card of the focused composer and moves focus into it', async ({ silenceHarness }) => {
  const page = await draftWithBadge(silenceHarness);
  // A test cannot press a browser-level shortcut (CDP and BiDi key events go to the page, not the
  // browser's accelerators), so this sends what the background's commands.onCommand sends.
  const tabs = await silenceHarness.extensionPage(POPUP_PATH);
  await page.bringToFront();
  // The same query as the background's: the active tab of the current window (the page, now in front).
  await tabs.evaluate(async () => {
    type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = scope.browser ?? scope.chrome;
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    await api.tabs.sendMessage(tab?.id as number, { type: 'bg-cs/open-card' });
  }, null);
  await tabs.close();
  await card(page).waitFor();
  expect((await card(page).state()).focused).toBe(true);
  await page.close();
});
