/**
 * Silence Guard sends nothing anywhere (docs/privacy.md). Through a whole
 * session a user could have — settings and a custom election in the options
 * page, a country switched on in the popup, a risky draft with its card open,
 * warnings paused and resumed, the background stopped and started again, the
 * extension switched on for a new site — every network request of the whole
 * browser passes a recording proxy (recording-proxy.ts; in Chromium, DevTools
 * also reports each request of a page or the service worker), and none may
 * remain but the test's own page loads and the browser's own services. A
 * request made from the extension's popup is recorded too, proving the record
 * would show the extension's traffic.
 */
import { FIXTURES_PORT } from './support/serve.ts';
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, badge, card, setCountry, setPreviewDate, typeInto, waitForBadge, writeInComposer } from './support/flows.ts';
import { type BrowserName, type ExtensionHarness, launchExtension } from './support/harness.ts';
import { message } from './support/messages.ts';

const CONTROL_HOST = 'silence-guard-control.example';
/** A site the test build's content scripts do not list, on the fixture server (resolves to this machine). */
const NEW_SITE = 'grant.localhost';
const LEAK_DRAFT = 'Tout est là : #MacronLeaks';
/** The fixture pages this session opens, under either name of the fixture server. */
const PAGES = ['/textarea.html', '/contenteditable.html', '/favicon.ico'];

/** The test's own page loads, under either name of the fixture server. */
function isFixturePage(request: string): boolean {
  if (request.startsWith('CONNECT ')) return false;
  const url = new URL(request);
  return ['localhost', NEW_SITE].includes(url.hostname) && url.port === String(FIXTURES_PORT) && PAGES.includes(url.pathname);
}

/**
 * The browsers' own services, which their switches and preferences do not all silence: seen at
 * the proxy only, never from a page or the extension (Chromium's DevTools record says which).
 * Firefox: Remote Settings sync. Chromium: sign-in, autofill's form lookups, updates, and the
 * device check-in of its push-messaging service (Chromium 150 on a fresh profile).
 */
const BROWSER_SERVICES = [
  'CONNECT firefox.settings.services.mozilla.com:443',
  'CONNECT accounts.google.com:443',
  'CONNECT content-autofill.googleapis.com:443',
  'CONNECT update.googleapis.com:443',
  'CONNECT redirector.gvt1.com:443',
  'CONNECT android.clients.google.com:443',
  'http://update.googleapis.com/service/update2/json?',
];

/** What the extension did not ask for: the test's own pages, its own files, and the browser's own services. */
function isExpected(request: string, seenAt: 'proxy' | 'context'): boolean {
  if (isFixturePage(request)) return true;
  // The extension's own files, and chrome://extensions, where the test gives the site's permission as a user would.
  if (seenAt === 'context') return ['chrome-extension:', 'chrome:', 'data:', 'blob:'].includes(new URL(request).protocol);
  return BROWSER_SERVICES.some((service) => request.startsWith(service));
}

/** Adds a custom election in the options page, by keyboard, as a user would. */
async function addElection(harness: ExtensionHarness, name: string): Promise<void> {
  const options = await harness.extensionPage(OPTIONS_PATH);
  await options.getByRole('combobox', message('optionsElectionCountry')).focus();
  await options.type('France');
  // The date field has no name both browsers expose: reached with Tab from the name, as a keyboard user does.
  await typeInto(options, options.getByRole('textbox', message('optionsElectionName')), name);
  await options.press('Tab');
  await options.type('03172030');
  await options.getByRole('button', message('optionsElectionAdd')).click();
  await options.getByRole('button', message('optionsElectionRemoveNamed', name)).waitFor();
  await options.close();
}

/**
 * Switches the extension on for `url`'s site the way the popup's switch does on a click: asks
 * for the site's permission, then tells the background, naming the open tab to start in (the
 * popup cannot be driven as a popup here: opened as a tab, its "current tab" is itself, and it learns a new site's
 * address only from activeTab, granted by a click on the toolbar button, which a test cannot make).
 */
async function switchSiteOn(harness: ExtensionHarness, url: string): Promise<void> {
  const pattern = `${new URL(url).origin.replace(/:\d+$/, '')}/*`;
  await harness.acceptHostPermissions([pattern]);
  const popup = await harness.extensionPage(POPUP_PATH);
  await popup.evaluate(
    ([pageUrl, sitePattern]: [string, string]) => {
      type Api = {
        permissions: { request(p: { origins: string[] }): Promise<boolean> };
        runtime: { sendMessage(message: object): Promise<unknown> };
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api; switched?: unknown };
      const api = scope.browser ?? scope.chrome;
      const button = document.createElement('button');
      button.textContent = 'Warn me on this site';
      button.addEventListener('click', () => {
        void (async () => {
          const justGranted = await api.permissions.request({ origins: [sitePattern] });
          const [tab] = await api.tabs.query({ url: sitePattern });
          scope.switched = await api.runtime.sendMessage({ type: 'ui-bg/set-site', url: pageUrl, enabled: true, tabId: tab?.id, justGranted });
        })().catch((error: unknown) => {
          scope.switched = String(error);
        });
      });
      document.body.prepend(button);
    },
    [url, pattern] as [string, string],
  );
  await popup.getByRole('button', 'Warn me on this site').click();
  await popup.waitFor(() => (globalThis as unknown as { switched?: unknown }).switched !== undefined, null);
  expect(await popup.evaluate(() => (globalThis as unknown as { switched: unknown }).switched, null)).toEqual({ host: NEW_SITE, coverage: 'granted', enabled: true });
  await popup.close();
}

test('over a whole session the extension makes no network request of its own', async ({}, testInfo) => {
  const requests: string[] = [];
  const unexpected: string[] = [];
  const harness = await launchExtension(testInfo.project.name as BrowserName, {
    onRequest: (request, seenAt) => {
      requests.push(request);
      if (!request.includes(CONTROL_HOST) && !isExpected(request, seenAt)) unexpected.push(`${seenAt}: ${request}`);
    },
  });
  try {
    // Settings: the clock inside France's 2017 silence, France on, and a custom election.
    await setPreviewDate(harness, '2017-05-06T12:00+02:00');
    await setCountry(harness, 'France', true);
    await addElection(harness, 'Municipales de Lyon');

    // A risky draft: the badge, then its card.
    const page = await harness.newPage(`${FIXTURES}/textarea.html`);
    await writeInComposer(page, LEAK_DRAFT);
    await waitForBadge(page, true);
    await badge(page).click();
    expect(await card(page).text()).toContain('L49');

    // Paused from the card, resumed from the popup.
    await card(page).getByRole('button', message('panelSnooze')).click();
    await waitForBadge(page, false);
    const popup = await harness.extensionPage(POPUP_PATH);
    await popup.getByRole('button', message('popupResume')).click();
    await popup.getByRole('button', message('popupResume')).waitFor('absent');
    await popup.close();

    // The background stopped mid-draft; the next keystroke starts it again and gets the verdict.
    await harness.stopBackground();
    await writeInComposer(page, ' !');
    await waitForBadge(page, true);

    // The extension switched on for a new site: its open tab warns.
    const siteUrl = `http://${NEW_SITE}:${FIXTURES_PORT}/contenteditable.html`;
    const site = await harness.newPage(siteUrl);
    await switchSiteOn(harness, siteUrl);
    await site.bringToFront();
    await writeInComposer(site, LEAK_DRAFT, 'Votre message');
    await waitForBadge(site, true);

    // Positive control: a request made from an extension page is recorded.
    const control = await harness.extensionPage(POPUP_PATH);
    await control.evaluate((url: string) => fetch(url).then(() => undefined, () => undefined), `https://${CONTROL_HOST}/`);
    await control.close();
    expect(requests.filter((request) => request.includes(CONTROL_HOST))).not.toEqual([]);
    // And the record saw the session's own page loads, through the proxy.
    expect(requests).toContain(`http://${NEW_SITE}:${FIXTURES_PORT}/contenteditable.html`);

    expect(unexpected).toEqual([]);
  } finally {
    await harness.close();
  }
});
