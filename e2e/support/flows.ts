/** Steps shared by the specs, done through the extension's real UI. */
import type { ExtensionHarness, PageDriver } from './harness.ts';

export const POPUP_PATH = 'extension/popup/index.html';
export const OPTIONS_PATH = 'extension/options/index.html';

/** Sets the preview date (ISO 8601 with an offset) in the options page, as a user would. */
export async function setPreviewDate(harness: ExtensionHarness, iso: string): Promise<void> {
  const options = await harness.extensionPage(OPTIONS_PATH);
  await options.waitFor(() => document.querySelector('#preview-input') !== null, null);
  await options.evaluate(() => {
    (document.querySelector('#preview-input') as HTMLInputElement).value = '';
  }, null);
  await options.focus('#preview-input');
  await options.type(iso);
  await options.click('#preview-form button[type=submit]');
  // The status line carries the instant in effect; wait for exactly ours (a date with an offset parses the same in Node).
  const expected = String(Date.parse(iso));
  await options.waitFor((want: string) => (document.querySelector('.preview-state') as HTMLElement | null)?.dataset.preview === want, expected);
  await options.close();
}

/** Switches a country on or off in the popup and waits until the popup shows the new state. */
export async function setCountry(harness: ExtensionHarness, code: string, enabled: boolean): Promise<void> {
  const popup = await harness.extensionPage(POPUP_PATH);
  const selector = `#country-${code}`;
  await popup.waitFor((s: string) => document.querySelector(s) !== null, selector);
  const checked = await popup.evaluate((s: string) => (document.querySelector(s) as HTMLInputElement).checked, selector);
  if (checked !== enabled) await popup.click(selector);
  await popup.waitFor(
    ([s, want]: [string, boolean]) => (document.querySelector(s) as HTMLInputElement).checked === want && !document.querySelector('.countries[aria-busy=true]'),
    [selector, enabled] as [string, boolean],
  );
  await popup.close();
}

export interface BadgeSnapshot {
  readonly visible: boolean;
  readonly label: string;
  readonly panelText: string;
}

export function readBadge(page: PageDriver): Promise<BadgeSnapshot> {
  return page.evaluate(() => {
    const root = document.querySelector('silence-guard-badge')?.shadowRoot;
    const pill = root?.querySelector('.pill');
    return {
      visible: pill !== null && pill !== undefined && (pill as HTMLElement).getBoundingClientRect().width > 0,
      label: pill?.textContent ?? '',
      panelText: root?.querySelector('.panel:not([hidden])')?.textContent ?? '',
    };
  }, null);
}

/** Waits until the badge is shown (or gone), in the page or in any of its same-origin frames. */
export function waitForBadge(page: PageDriver, visible: boolean, timeoutMs?: number): Promise<void> {
  return page.waitFor(
    (want: boolean) => {
      const shown = (doc: Document): boolean => {
        const pill = doc.querySelector('silence-guard-badge')?.shadowRoot?.querySelector('.pill');
        if (pill !== null && pill !== undefined) return pill.getBoundingClientRect().width > 0;
        return [...doc.querySelectorAll('iframe')].some((frame) => frame.contentDocument !== null && shown(frame.contentDocument));
      };
      return shown(document) === want;
    },
    visible,
    timeoutMs,
  );
}

/**
 * Fails if a badge shows up within `ms`. Used only next to a positive control
 * in the same test that proves the extension was checking this draft.
 */
export async function expectNoBadgeWithin(page: PageDriver, ms: number): Promise<void> {
  const appeared = await waitForBadge(page, true, ms).then(
    () => true,
    () => false,
  );
  if (appeared) throw new Error(`A badge appeared within ${ms} ms where none was expected`);
}

/**
 * The usual starting point: the clock inside France's 2017 silence, France on,
 * a fixture page with `draft` typed into its `#composer`, and the badge showing.
 */
export async function pageWithBadge(harness: ExtensionHarness, url: string, draft = 'Tout est là : #MacronLeaks'): Promise<PageDriver> {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'FR', true);
  const page = await harness.newPage(url);
  await page.focus('#composer');
  await page.type(draft);
  await waitForBadge(page, true);
  return page;
}
