/**
 * Steps shared by the specs, done through the extension's real UI: elements
 * are found by role and accessible name (the strings of the English locale),
 * clicked with the real mouse and typed into with real keys.
 */
import { expect } from '@playwright/test';
import type { MessageKey } from '../../extension/shared/i18n.ts';
import { DEFAULT_WAIT_MS, type ExtensionHarness, type PageDriver, type RoleLocator } from './harness.ts';
import { message } from './messages.ts';
import { CHECK_REPORT_PREFIX } from '../../extension/content/check-report.ts';

export const POPUP_PATH = 'extension/popup/index.html';
export const OPTIONS_PATH = 'extension/options/index.html';

/** The badge beside the composer (its button), named for a rule in force or (`badgeSoonLabel`) one about to start. */
export function badge(page: PageDriver, label: MessageKey = 'badgeOpenLabel'): RoleLocator {
  return page.getByRole('button', message(label));
}

/** The badge's card, shown when the badge is opened. */
export function card(page: PageDriver, title: MessageKey = 'panelTitle'): RoleLocator {
  return page.getByRole('dialog', message(title));
}

/**
 * The page's own composer, by role and the name its label gives it. The plain
 * fixture pages label theirs "Your post" (contenteditable.html: "Votre message").
 */
export function composer(page: PageDriver, name = 'Your post'): RoleLocator {
  return page.getByRole('textbox', name);
}

/** Clicks into the composer and types `text` with real key events, as a user starting a post does. */
export async function writeInComposer(page: PageDriver, text: string, name?: string): Promise<void> {
  await composer(page, name).click();
  await page.type(text);
}

/** What the page's own handlers heard, as textarea.html shows it in its "What the page heard" log. */
export interface HeardByPage {
  readonly posts: number;
  /** Key events (down, press, up) from anywhere but the composer. */
  readonly keys: number;
  readonly clicks: number;
}

export async function heardByPage(page: PageDriver): Promise<HeardByPage> {
  const text = await page.getByRole('log', 'What the page heard').text();
  const count = (word: string) => Number(new RegExp(`${word} (\\d+)`).exec(text)?.[1] ?? Number.NaN);
  return { posts: count('posts'), keys: count('keys'), clicks: count('clicks') };
}

/** Waits until the badge is shown (or gone), in the page or any of its frames. */
export function waitForBadge(page: PageDriver, visible: boolean, timeoutMs?: number): Promise<void> {
  return badge(page).waitFor(visible ? 'present' : 'absent', timeoutMs);
}

/**
 * Does `write` (typing into the composer), then waits until the extension has
 * checked the draft the composer now holds and found nothing to warn about, and
 * checks that no badge shows. The test build reports each finished check on its
 * console (extension/content/check-report.ts), which the page cannot read;
 * release builds report nothing. A draft that warns fails at once.
 */
export async function expectQuietAfter(page: PageDriver, write: () => Promise<void>, composerName?: string): Promise<void> {
  const reports: string[] = [];
  let heard = (): void => undefined;
  const stop = page.onConsole((text) => {
    if (!text.startsWith(CHECK_REPORT_PREFIX)) return;
    reports.push(text.slice(CHECK_REPORT_PREFIX.length));
    heard();
  });
  try {
    await write();
    const length = (await composer(page, composerName).value()).length;
    const outcome = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no check of the ${length}-character draft was reported (heard: ${reports.join(', ') || 'nothing'})`)), DEFAULT_WAIT_MS);
      heard = () => {
        const found = reports.find((report) => report.endsWith(` ${length}`));
        if (found === undefined) return;
        clearTimeout(timer);
        resolve(found);
      };
      heard();
    });
    expect(outcome, `the check of the ${length}-character draft`).toBe(`quiet ${length}`);
  } finally {
    stop();
  }
  expect(await badge(page).count()).toBe(0);
}

/** Clicks a field and replaces its text by typing, as a user would (select all, type). */
export async function typeInto(page: PageDriver, field: RoleLocator, text: string): Promise<void> {
  await field.click();
  await page.pressWithControl('a');
  await page.type(text);
}

/** A string of the UI as the browser under test shows it (English unless the browser speaks another language). */
export type Say = (key: MessageKey, ...substitutions: string[]) => string;

/** Sets the preview date (ISO 8601 with an offset) in the options page, as a user would (reading `say`'s strings). */
export async function setPreviewDate(harness: ExtensionHarness, iso: string, say: Say = message): Promise<void> {
  const options = await harness.extensionPage(OPTIONS_PATH);
  // The elections form appears once the page has the background's settings.
  await options.getByRole('button', say('optionsElectionAdd')).waitFor();
  // Every step below is in the preview section, searched alone (a page-wide search costs ~0.4 s in Firefox).
  const preview = await options.getByRole('region', say('optionsPreviewHeading')).within();
  const status = await preview.getByRole('status', say('optionsPreviewHeading')).within();
  const off = say('optionsPreviewOff');
  // From the real clock, so the status line visibly changes to the new date (even if it was already set).
  if ((await status.text()) !== off) {
    await preview.getByRole('button', say('optionsPreviewClear')).click();
    await expect.poll(() => status.text()).toBe(off);
  }
  await typeInto(options, preview.getByRole('textbox', say('optionsPreviewLabel')), iso);
  await preview.getByRole('button', say('optionsPreviewApply')).click();
  await expect.poll(() => status.text()).toContain(say('optionsPreviewCurrent', ''));
  await options.close();
}

/** Switches a country on or off in the popup; returns once a freshly opened popup shows the new state. */
export async function setCountry(harness: ExtensionHarness, name: string, enabled: boolean): Promise<void> {
  const popup = await harness.extensionPage(POPUP_PATH);
  // Held, so reading and clicking it is one search of the popup's long country list, not two.
  const toggle = await popup.getByRole('switch', name).within();
  if ((await toggle.state()).checked !== enabled) await toggle.click();
  await popup.close();
  await expect
    .poll(async () => {
      const check = await harness.extensionPage(POPUP_PATH);
      try {
        return (await check.getByRole('switch', name).state()).checked;
      } finally {
        await check.close();
      }
    })
    .toBe(enabled);
}

/**
 * The usual starting point: the clock inside France's 2017 silence, France on,
 * a fixture page with `draft` typed into its composer (named `composerName`,
 * "Your post" unless told), and the badge showing.
 */
export async function pageWithBadge(harness: ExtensionHarness, url: string, draft = 'Tout est là : #MacronLeaks', composerName?: string): Promise<PageDriver> {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const page = await harness.newPage(url);
  await writeInComposer(page, draft, composerName);
  await waitForBadge(page, true);
  return page;
}
