/**
 * A page that fights the extension (e2e/fixtures/hostile.html), in Chromium
 * and Firefox: it takes the old badge tag name, script-clicks the badge and
 * "Pause" the moment it appears, reads what it can of the card, hides the
 * badge with every CSS trick it has, replaces the prototypes the content
 * script might use, and floods the composer with synthetic input events. The
 * badge must keep warning through all of it.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, badge, card, composer, pageWithBadge, typeInto, waitForBadge, writeInComposer } from './support/flows.ts';
import type { PageDriver } from './support/harness.ts';
import { message } from './support/messages.ts';

const PAGE = `${FIXTURES}/hostile.html`;
const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
const NEUTRAL_DRAFT = 'Belle journée au parc';
/** Text only the card holds: the law it cites. */
const CARD_ONLY = 'L49';

interface HostilePage {
  hostile: {
    attacks: string[];
    clickAttempts: number;
    host(): Element | null;
    read(): { found: boolean; shadowRoot?: boolean; texts: string[] };
    hide(declarations: Record<string, string>): void;
    measure(x: number, y: number): { hit: boolean; width: number; height: number; style: Record<string, string> };
    storm(count: number, values: string[]): number;
    mark(attributes: Record<string, string>): void;
    remove(): void;
  };
}

/** A fresh tab of the hostile page (France's silence is already on in silenceHarness), the leak draft typed, the badge up. */
async function badgeOn(page: PageDriver): Promise<void> {
  await writeInComposer(page, LEAK_DRAFT);
  await waitForBadge(page, true);
}

test('a custom element named like the old badge host does not stop the badge', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${PAGE}?attack=custom-element`);
  try {
    expect(await page.evaluate(() => customElements.get('silence-guard-badge') !== undefined, null)).toBe(true);
    await badgeOn(page);
    await badge(page).click();
    expect(await card(page).text()).toContain(CARD_ONLY);
  } finally {
    await page.close();
  }
});

test('script-made clicks on the badge and "Pause" the moment it appears pause nothing', async ({ harness }) => {
  const page = await pageWithBadge(harness, `${PAGE}?attack=clicks`);
  // The page has had its go: at once, 46 ms later and two frames later.
  await page.waitFor(() => (window as unknown as HostilePage).hostile.clickAttempts >= 3, null);
  expect((await badge(page).state()).expanded).toBe(false);

  // Not paused: the popup offers no "Resume", and another tab still gets its warning.
  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.getByRole('switch', 'France').waitFor();
  expect(await popup.getByRole('button', message('popupResume')).isPresent()).toBe(false);
  const other = await harness.newPage(`${FIXTURES}/contenteditable.html`);
  await writeInComposer(other, LEAK_DRAFT, 'Votre message');
  await waitForBadge(other, true);
});

test("the page cannot read the card's text through the DOM", async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(PAGE);
  try {
    await badgeOn(page);
    await badge(page).click();
    // The card is open and says it (the positive control)…
    expect(await card(page).text()).toContain(CARD_ONLY);
    // …but nothing the page's script can reach does.
    const read = await page.evaluate(() => (window as unknown as HostilePage).hostile.read(), null);
    expect(read.found).toBe(true);
    expect(read.shadowRoot).toBe(false);
    for (const text of read.texts) {
      expect(text).not.toContain(CARD_ONLY);
      expect(text).not.toContain(message('panelTitle'));
      expect(text).not.toContain(message('panelSnooze'));
    }
  } finally {
    await page.close();
  }
});

/** Each way a page hides an element with CSS, applied to the badge's host inline with !important, from a style sheet and as an animation. */
const HIDING: Record<string, Record<string, string>> = {
  'display: none': { display: 'none' },
  'visibility: hidden': { visibility: 'hidden' },
  'opacity: 0': { opacity: '0' },
  'transform: scale(0)': { transform: 'scale(0)' },
  'transform off screen': { transform: 'translate(-10000px, -10000px)' },
  'scale, translate': { scale: '0', translate: '-10000px' },
  'clip-path': { 'clip-path': 'inset(50%)' },
  'filter: opacity(0)': { filter: 'opacity(0)' },
  'mask-image': { 'mask-image': 'linear-gradient(transparent, transparent)' },
  'content-visibility: hidden': { 'content-visibility': 'hidden' },
  'zero size, overflow hidden': { width: '0', height: '0', overflow: 'hidden', padding: '0', border: '0' },
  'moved off screen': { position: 'absolute', left: '-10000px', top: '-10000px' },
  'zoom': { zoom: '0.01' },
  'pointer-events: none': { 'pointer-events': 'none' },
};

for (const [name, declarations] of Object.entries(HIDING)) {
  test(`${name} on the badge's host does not hide it`, async ({ silenceHarness }) => {
    const page = await silenceHarness.newPage(PAGE);
    try {
      await badgeOn(page);
      const before = await badge(page).box();
      await page.evaluate((css) => (window as unknown as HostilePage).hostile.hide(css), declarations);

      const after = await badge(page).box();
      expect(after).toEqual(before);
      const seen = await page.evaluate(
        ([x, y]) => (window as unknown as HostilePage).hostile.measure(x, y),
        [before.x + before.width / 2, before.y + before.height / 2] as const,
      );
      // What the page itself measures: the host is what is at the badge's place, at full size, shown as is.
      expect(seen.hit).toBe(true);
      expect(seen.width).toBeGreaterThanOrEqual(before.width);
      expect(seen.height).toBeGreaterThanOrEqual(before.height);
      expect(seen.style).toMatchObject({
        display: 'block',
        visibility: 'visible',
        opacity: '1',
        transform: 'none',
        translate: 'none',
        scale: 'none',
        filter: 'none',
        'clip-path': 'none',
        'mask-image': 'none',
        'content-visibility': 'visible',
        overflow: 'visible',
        zoom: '1',
        'pointer-events': 'auto',
      });
      // And a real click still opens the card.
      await badge(page).click();
      await card(page).waitFor();
    } finally {
      await page.close();
    }
  });
}

test("attributes the page puts on the badge's host (inert, hidden, aria-hidden, popover, style) are taken off", async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(PAGE);
  try {
    await badgeOn(page);
    await page.evaluate(
      (attributes) => (window as unknown as HostilePage).hostile.mark(attributes),
      { inert: '', hidden: '', 'aria-hidden': 'true', popover: 'manual', style: 'display: none !important' },
    );
    await page.waitFor(() => (window as unknown as HostilePage).hostile.host()?.getAttributeNames().length === 0, null);
    // Still in the accessibility tree (an inert or aria-hidden host would not be), and a real click works.
    await badge(page).click();
    await card(page).waitFor();
  } finally {
    await page.close();
  }
});

test('a badge host the page removes comes back', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(PAGE);
  try {
    await badgeOn(page);
    await page.evaluate(() => (window as unknown as HostilePage).hostile.remove(), null);
    // Back without the user typing again.
    await page.waitFor(() => (window as unknown as HostilePage).hostile.host() !== null, null);
    await badge(page).click();
    await card(page).waitFor();
  } finally {
    await page.close();
  }
});

test('replaced prototypes in the page do not stop the badge', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(`${PAGE}?attack=prototypes`);
  try {
    // The traps are in place (the page says so where the accessibility tree can read it)…
    expect(await page.getByRole('status').text()).toMatch(/^\d+ traps set$/);
    // …the user clicks into the composer and types, with no page script from the test.
    await page.getByRole('textbox', 'Your post').click();
    await page.type(LEAK_DRAFT);
    await waitForBadge(page, true);
    await badge(page).click();
    expect(await card(page).text()).toContain(CARD_ONLY);
  } finally {
    await page.close();
  }
});

test('10 000 synthetic input events: no crash, and the badge follows the final text', async ({ silenceHarness }) => {
  const page = await silenceHarness.newPage(PAGE);
  try {
    await badgeOn(page);
    // Ending on a neutral text: the badge goes.
    await page.evaluate((values) => (window as unknown as HostilePage).hostile.storm(10_000, values), [LEAK_DRAFT, NEUTRAL_DRAFT]);
    await waitForBadge(page, false);
    // Ending on the leak: it comes back.
    await page.evaluate((values) => (window as unknown as HostilePage).hostile.storm(10_000, values), [NEUTRAL_DRAFT, LEAK_DRAFT]);
    await waitForBadge(page, true);
    // And the user's own typing is still followed.
    await typeInto(page, composer(page), NEUTRAL_DRAFT);
    await waitForBadge(page, false);
  } finally {
    await page.close();
  }
});
