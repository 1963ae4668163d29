/**
 * An organisation's policy, for real: the policy file sits where each browser
 * reads it (Chromium's managed policy folder, Firefox's distribution
 * policies.json), the browser hands it to the extension through
 * storage.managed, and the extension applies and locks it. The file is seen
 * by this test's browser only (e2e/support/policy.ts); where that cannot be
 * arranged, the test is skipped with the reason.
 */
import { expect, FIXTURES, test } from './support/fixtures.ts';
import { POPUP_PATH, setPreviewDate, waitForBadge } from './support/flows.ts';
import { type BrowserName, type PageDriver, launchExtension } from './support/harness.ts';
import { policyUnsupported } from './support/policy.ts';

const POLICY = {
  countries: ['FR'],
  categories: { leak: true, poll: true, campaign: false },
  locked: ['countries', 'categories'],
};

/** Sends a message to the background from an extension page, as the popup does; a refusal comes back as { error }. */
function send(page: PageDriver, message: object): Promise<Record<string, unknown>> {
  return page.evaluate(async (m: object) => {
    type RuntimeApi = { runtime: { sendMessage(message: object): Promise<Record<string, unknown>> } };
    const scope = globalThis as unknown as { browser?: RuntimeApi; chrome: RuntimeApi };
    try {
      return await (scope.browser ?? scope.chrome).runtime.sendMessage(m);
    } catch (error) {
      return { error: String(error) };
    }
  }, message);
}

test("an organisation's policy switches France on, locks it and the categories, and the badge follows it", async ({}, testInfo) => {
  const browserName = testInfo.project.name as BrowserName;
  const unsupported = policyUnsupported(browserName);
  if (unsupported !== undefined) console.warn(`[${browserName}] managed-policy e2e skipped: ${unsupported}`);
  test.skip(unsupported !== undefined, unsupported);

  const harness = await launchExtension(browserName, { policy: POLICY });
  try {
    await setPreviewDate(harness, '2017-05-06T12:00+02:00');
    const popup = await harness.extensionPage(POPUP_PATH);

    // The user never chose France: the policy did, and says what it locks.
    const overview = await send(popup, { type: 'ui-bg/overview' });
    expect(overview.managed).toEqual({ locked: ['countries', 'categories'], problems: [] });
    expect(overview.categories).toEqual({ leak: true, poll: true, campaign: false });
    expect((overview.countries as { code: string; enabled: boolean }[]).filter((c) => c.enabled).map((c) => c.code)).toEqual(['FR']);

    // Locked settings cannot be changed; others can.
    expect(await send(popup, { type: 'ui-bg/set-country', country: 'FR', enabled: false })).toEqual({
      error: expect.stringContaining('set by your organisation'),
    });
    expect(await send(popup, { type: 'ui-bg/set-category', category: 'campaign', enabled: true })).toEqual({
      error: expect.stringContaining('set by your organisation'),
    });

    // Campaigning is switched off by the policy; leaks still warn.
    expect(await send(popup, { type: 'cs-bg/verdict', categories: ['campaign'] })).toMatchObject({ active: true, verdict: { level: 'none' } });
    const page = await harness.newPage(`${FIXTURES}/textarea.html`);
    await page.focus('#composer');
    await page.type('Tout est là : #MacronLeaks');
    await waitForBadge(page, true);
  } finally {
    await harness.close();
  }
});
