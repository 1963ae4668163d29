/**
 * Silence Guard sends nothing anywhere (docs/privacy.md). Through a whole
 * session — settings, popup, a risky draft with the badge shown — every
 * network request is recorded (Chromium: each request of a page, frame or the
 * extension's service worker; Firefox: the whole browser through a recording
 * proxy), and none may remain but the test's own page load. A request made
 * from the extension's popup is recorded too, proving the record would show
 * the extension's traffic.
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { POPUP_PATH, setCountry, setPreviewDate, waitForBadge } from './support/flows.ts';
import { type BrowserName, launchExtension } from './support/harness.ts';

const CONTROL_HOST = 'silence-guard-control.example';

/** What the extension did not ask for: loads of its own files, the test's page, the browser's own services. */
function isExpected(request: string): boolean {
  if (request === `https://${CONTROL_HOST}/` || request === `CONNECT ${CONTROL_HOST}:443`) return false;
  // Firefox's own Remote Settings sync, which release builds run whatever the preferences say.
  if (request === 'CONNECT firefox.settings.services.mozilla.com:443') return true;
  if (request.startsWith('CONNECT ')) return false;
  const url = new URL(request);
  if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:'].includes(url.protocol)) return true;
  // The fixture page the test opens, and the icon the browser asks for it.
  return url.origin === new URL(FIXTURES).origin && ['/textarea.html', '/favicon.ico'].includes(url.pathname);
}

test('the extension makes no network request of its own', async ({}, testInfo) => {
  const requests: string[] = [];
  const harness = await launchExtension(testInfo.project.name as BrowserName, { onRequest: (request) => requests.push(request) });
  try {
    await setPreviewDate(harness, '2017-05-06T12:00+02:00');
    await setCountry(harness, 'France', true);
    const page = await harness.newPage(`${FIXTURES}/textarea.html`);
    await page.focus('#composer');
    await page.type('Tout est là : #MacronLeaks');
    await waitForBadge(page, true);

    // Positive control: a request made from an extension page is recorded.
    const popup = await harness.extensionPage(POPUP_PATH);
    await popup.evaluate((url: string) => fetch(url).then(() => undefined, () => undefined), `https://${CONTROL_HOST}/`);
    await popup.close();
    expect(requests.filter((request) => request.includes(CONTROL_HOST))).not.toEqual([]);

    expect(requests.filter((request) => !request.includes(CONTROL_HOST) && !isExpected(request))).toEqual([]);
  } finally {
    await harness.close();
  }
});
