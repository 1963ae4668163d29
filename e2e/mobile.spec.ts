/**
 * A phone: 360 × 640 CSS px, a touch screen as the only pointer (see
 * LaunchOptions.mobile: Chromium's isMobile + hasTouch; Firefox's Android
 * preferences + a BiDi touch point, since Firefox has no isMobile). The popup,
 * the settings, the welcome page and the card are used with taps only; every control is at
 * least 44 × 44 px to tap; nothing is wider than the screen; and the card
 * still shows its actions with the on-screen keyboard open, simulated as
 * Firefox for Android does it by default: the viewport loses the keyboard's
 * height (Chrome for Android, which runs no extensions, shrinks only the
 * visual viewport instead; that is not simulated here).
 */
import { expect, FIXTURES, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, badge, card, setCountry, composer, setPreviewDate, waitForBadge } from './support/flows.ts';
import { type Box, type BrowserName, type ExtensionHarness, type PageDriver, launchExtension } from './support/harness.ts';
import { message } from './support/messages.ts';

const PHONE = { width: 360, height: 640 };
const WELCOME_PATH = 'extension/welcome/index.html';
/** The keyboard of a typical phone takes about 300 of those 640 px. */
const KEYBOARD_HEIGHT = 300;
/** WCAG 2.5.5 (target size), Apple's and Android's guidelines alike. */
const MIN_TARGET = 44;
/** The roles a user taps. */
const TAPPABLE = ['button', 'switch', 'checkbox', 'link', 'textbox', 'searchbox', 'combobox'] as const;
/** Enough of each role to cover every kind of control on a page: the 81 country rows are styled alike. */
const PER_ROLE = 6;

/**
 * The area a tap on the element reaches it: its own box, or its label's
 * when larger (a tap on a <label> toggles its switch). Run in the page
 * (in the closed shadow root too, for the card).
 */
const TARGET_SIZE = `(part) => {
  // A control's own inner part (a date field's picker button) is tapped through the field.
  const root = part.getRootNode();
  const el = root instanceof ShadowRoot && root.host instanceof HTMLInputElement ? root.host : part;
  const boxes = [el, ...(el.labels ? Array.from(el.labels) : [])].map((e) => e.getBoundingClientRect());
  const best = boxes.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  return { width: Math.round(best.width * 10) / 10, height: Math.round(best.height * 10) / 10 };
}`;

/** Controls (role "name" WxH) smaller than MIN_TARGET either way, among the first PER_ROLE of each role. */
async function smallTargets(page: PageDriver, scope?: ReturnType<PageDriver['getByRole']>): Promise<string[]> {
  const small: string[] = [];
  for (const role of TAPPABLE) {
    const all = scope === undefined ? page.getByRole(role) : scope.getByRole(role);
    const count = Math.min(await all.count(), PER_ROLE);
    for (let i = 0; i < count; i++) {
      const control = all.nth(i);
      const size = (await control.run(TARGET_SIZE)) as { width: number; height: number };
      if (size.width < MIN_TARGET || size.height < MIN_TARGET) small.push(`${role} "${(await control.text()).trim().slice(0, 40)}" ${size.width}×${size.height}`);
    }
  }
  return small;
}

/** Whether the page scrolls sideways (something wider than the screen). */
function overflowsSideways(page: PageDriver): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth, null);
}

function inside(box: Box, viewport: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

let harness: ExtensionHarness;
test.beforeEach(async ({}, testInfo) => {
  harness = await launchExtension(testInfo.project.name as BrowserName, { mobile: PHONE });
});
test.afterEach(async () => harness.close());

test('popup and settings at 360 px: a touch screen, taps only, every control 44 px or more, nothing wider than the screen', async () => {
  const popup = await harness.extensionPage(POPUP_PATH);
  // The tap must be a touch, or the rest proves nothing about phones.
  await popup.evaluate(() => {
    addEventListener('pointerdown', (event) => ((globalThis as { lastPointer?: string }).lastPointer = event.pointerType), true);
  }, null);
  const france = popup.getByRole('switch', 'France');
  const initially = (await france.state()).checked;
  await france.tap();
  await expect.poll(async () => (await france.state()).checked).toBe(!initially);
  expect(await popup.evaluate(() => (globalThis as { lastPointer?: string }).lastPointer, null)).toBe('touch');
  expect(await smallTargets(popup)).toEqual([]);
  expect(await overflowsSideways(popup)).toBe(false);
  await popup.close();

  const options = await harness.extensionPage(OPTIONS_PATH);
  const campaign = options.getByRole('switch', message('optionsCategoryCampaign'));
  expect((await campaign.state()).checked).toBe(true);
  await campaign.tap();
  await expect.poll(async () => (await campaign.state()).checked).toBe(false);
  expect(await smallTargets(options)).toEqual([]);
  expect(await overflowsSideways(options)).toBe(false);
});

test('the welcome page at 360 px: the first country picked by a tap, every control 44 px or more, nothing wider than the screen', async () => {
  const welcome = await harness.extensionPage(WELCOME_PATH);
  await welcome.evaluate(() => {
    addEventListener('pointerdown', (event) => ((globalThis as { lastPointer?: string }).lastPointer = event.pointerType), true);
  }, null);
  // A browser in UTC (CI) gets no suggestion: the page asks, and the user picks from the list.
  const countries = welcome.getByRole('list', message('welcomeCountriesHeading'));
  const france = countries.getByRole('switch', 'France');
  expect((await france.state()).checked).toBe(false);
  await france.tap();
  await expect.poll(() => welcome.getByRole('main').text()).toContain(message('welcomeCountriesChosen', 'France'));
  expect(await welcome.evaluate(() => (globalThis as { lastPointer?: string }).lastPointer, null)).toBe('touch');
  expect((await france.state()).checked).toBe(true);
  // The link to the settings is a button styled as a link: it too must be big enough for a finger.
  expect(await smallTargets(welcome)).toEqual([]);
  expect(await overflowsSideways(welcome)).toBe(false);
});

test('the card on a phone: opened by a tap, 44 px targets, its actions on screen with the keyboard open and after', async () => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(`${FIXTURES}/phone.html`);
  // The keyboard opens as the composer gets the focus, before the first letter.
  const withKeyboard = { width: PHONE.width, height: PHONE.height - KEYBOARD_HEIGHT };
  await page.setViewport(withKeyboard.width, withKeyboard.height);
  await composer(page, 'Votre message').tap();
  await page.type('Tout est là, lisez vite : #MacronLeaks');
  await waitForBadge(page, true);
  expect(inside(await badge(page).box(), withKeyboard)).toBe(true);

  // No hover on a phone: a tap opens the card.
  await badge(page).tap();
  await card(page).waitFor();
  const actions = ['panelDismiss', 'panelSnooze', 'panelClose'] as const;
  for (const action of actions) {
    const box = await card(page).getByRole('button', message(action)).box();
    expect(inside(box, withKeyboard), `${action} at ${JSON.stringify(box)} with the keyboard open`).toBe(true);
  }
  expect(await smallTargets(page, card(page))).toEqual([]);
  const badgeSize = (await badge(page).run(TARGET_SIZE)) as { width: number; height: number };
  expect(Math.min(badgeSize.width, badgeSize.height)).toBeGreaterThanOrEqual(MIN_TARGET);

  // The keyboard closes: the card follows the taller viewport and still fits it.
  await page.setViewport(PHONE.width, PHONE.height);
  await expect.poll(async () => inside(await card(page).box(), PHONE)).toBe(true);
  await card(page).getByRole('button', message('panelClose')).tap();
  await card(page).waitFor('absent');
});
