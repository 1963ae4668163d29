/**
 * Switching Silence Guard on for a site the manifest does not list, in both
 * browsers: the extension asks for that one site's permission, then warns in
 * the tab already open there and in every tab opened later (a content script
 * registered for the site). In Firefox this was broken: the script's path came
 * from runtime.getManifest() as an absolute moz-extension:// URL, which
 * scripting.registerContentScripts rejects.
 */
import { FIXTURES_PORT } from './support/serve.ts';
import { expect, test } from './support/fixtures.ts';
import { POPUP_PATH, setCountry, setPreviewDate, waitForBadge, writeInComposer } from './support/flows.ts';
import { message } from './support/messages.ts';

/** Not matched by the test build's content scripts (localhost and 127.0.0.1 only); resolves to this machine. */
const SITE = 'http://grant.localhost';
const PATTERN = `${SITE}/*`;
const LEAK_DRAFT = 'Tout est là : #MacronLeaks';

test('switching a new site on asks for its permission, then warns in its open tab and in new ones', async ({ harness }) => {
  await setPreviewDate(harness, '2017-05-06T12:00+02:00');
  await setCountry(harness, 'France', true);
  const url = `${SITE}:${FIXTURES_PORT}/textarea.html`;
  const open = await harness.newPage(url);

  await harness.acceptHostPermissions([PATTERN]);
  const popup = await harness.extensionPage(POPUP_PATH);
  const siteState = () =>
    popup.evaluate((pageUrl: string) => {
      type RuntimeApi = { runtime: { sendMessage(message: object): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
      return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'ui-bg/site', url: pageUrl });
    }, url);
  expect(await siteState()).toEqual({ host: 'grant.localhost', coverage: 'none', enabled: false });
  type Result = { granted: boolean; after: unknown };
  // What the popup's switch does on a click (the request must come first, straight from the user's
  // click, or Firefox refuses it): ask for the site's permission, then tell the background, naming the tab to start the script in. The
  // popup itself cannot be driven here: opened as a tab, its "current tab" is itself; and on a site the extension has no
  // permission for, the popup learns the tab's address only from activeTab, granted by a click on the toolbar button,
  // which a test cannot make.
  await popup.evaluate(
    ([pageUrl, pattern]: [string, string]) => {
      type Api = {
        permissions: { request(p: { origins: string[] }): Promise<boolean> };
        runtime: { sendMessage(message: object): Promise<unknown> };
        tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api; switchResult?: Result | string };
      const api = scope.browser ?? scope.chrome;
      const button = document.createElement('button');
      button.id = 'switch-site-on';
      button.textContent = 'Warn me on this site';
      button.addEventListener('click', () => {
        void (async () => {
          const granted = await api.permissions.request({ origins: [pattern] });
          const [tab] = await api.tabs.query({ url: pattern });
          const after = await api.runtime.sendMessage({ type: 'ui-bg/set-site', url: pageUrl, enabled: true, tabId: tab?.id, justGranted: granted });
          scope.switchResult = { granted, after };
        })().catch((error: unknown) => {
          scope.switchResult = String(error);
        });
      });
      document.body.prepend(button);
    },
    [url, PATTERN] as [string, string],
  );
  await popup.getByRole('button', 'Warn me on this site').click();
  await popup.waitFor(() => (globalThis as unknown as { switchResult?: unknown }).switchResult !== undefined, null);
  const result = await popup.evaluate(() => (globalThis as unknown as { switchResult: Result | string }).switchResult, null);
  expect(result).toEqual({
    granted: true,
    after: { host: 'grant.localhost', coverage: 'granted', enabled: true },
  });

  // The tab that was already open gets the script at once…
  await open.bringToFront();
  await writeInComposer(open, LEAK_DRAFT);
  await waitForBadge(open, true);

  // …and every page of the site opened later runs it too (a registered content script).
  const later = await harness.newPage(`${SITE}:${FIXTURES_PORT}/contenteditable.html`);
  await writeInComposer(later, LEAK_DRAFT, 'Votre message');
  await waitForBadge(later, true);
});

test("the popup's site switch is named by its site alone and described by the permission note", async ({ harness }) => {
  // `?site=` (test builds only) stands for the toolbar click that tells the popup which tab it is for.
  const popupFor = (url: string) => harness.extensionPage(`${POPUP_PATH}?site=${url}`);

  // A site the extension has no permission for: switching it on will ask, and the note says so.
  const asking = await popupFor(`${SITE}:${FIXTURES_PORT}/textarea.html`);
  const toggle = asking.getByRole('switch', message('popupSiteToggle', 'grant.localhost'));
  expect(await toggle.state()).toMatchObject({ checked: false, description: message('popupSiteAsk') });
  await asking.close();

  // A site it already covers: nothing to ask, so no description.
  const covered = await popupFor(`http://localhost:${FIXTURES_PORT}/textarea.html`);
  expect(await covered.getByRole('switch', message('popupSiteToggle', 'localhost')).state()).toMatchObject({ checked: true, description: '' });
});
