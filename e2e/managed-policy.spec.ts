/**
 * An organisation's policy, for real: the policy file sits where each browser
 * reads it (Chromium's managed policy folder, Firefox's distribution
 * policies.json), the browser hands it to the extension through
 * storage.managed, and the extension applies and locks it — checked by what a
 * user sees: switches set and disabled with the reason as their description,
 * and warnings following the policy. The file is seen by this test's browser
 * only (e2e/support/policy.ts); where that cannot be arranged, the test is
 * skipped with the reason.
 */
import { expect, FIXTURES, test } from './support/fixtures.ts';
import { OPTIONS_PATH, POPUP_PATH, badge, card, expectQuietAfter, setPreviewDate, waitForBadge, writeInComposer } from './support/flows.ts';
import { type BrowserName, type RoleLocator, launchExtension } from './support/harness.ts';
import { message } from './support/messages.ts';
import { policyUnsupported } from './support/policy.ts';

const POLICY = {
  countries: ['FR'],
  categories: { leak: true, poll: true, campaign: false },
  locked: ['countries', 'categories'],
};

/** A locked switch: shows the policy's value, cannot be changed, and says why. */
async function expectLocked(control: RoleLocator, checked: boolean): Promise<void> {
  const state = await control.state();
  expect(state).toMatchObject({ checked, disabled: true });
  expect(state.description).toContain(message('managedLocked'));
  // A tap on it changes nothing.
  await control.click();
  expect((await control.state()).checked).toBe(checked);
}

test("an organisation's policy switches France on, locks it and the kinds of finding, and the badge follows it", async ({}, testInfo) => {
  const browserName = testInfo.project.name as BrowserName;
  const unsupported = policyUnsupported(browserName);
  if (unsupported !== undefined) console.warn(`[${browserName}] managed-policy e2e skipped: ${unsupported}`);
  test.skip(unsupported !== undefined, unsupported);

  const harness = await launchExtension(browserName, { policy: POLICY });
  try {
    // What the policy does not lock stays the user's: the preview date is set as usual.
    await setPreviewDate(harness, '2017-05-06T12:00+02:00');

    // The popup: the user never chose France, the policy did; every country switch is locked.
    const popup = await harness.extensionPage(POPUP_PATH);
    await expectLocked(popup.getByRole('switch', 'France'), true);
    await expectLocked(popup.getByRole('switch', 'Germany'), false);
    // A policy with nothing wrong in it lists no problems.
    expect(await popup.getByRole('heading', message('managedProblemsHeading')).isPresent()).toBe(false);
    await popup.close();

    // The settings: the kinds of finding are the policy's and locked; the elections form is not.
    const options = await harness.extensionPage(OPTIONS_PATH);
    await expectLocked(options.getByRole('switch', message('optionsCategoryLeak')), true);
    await expectLocked(options.getByRole('switch', message('optionsCategoryCampaign')), false);
    expect((await options.getByRole('button', message('optionsElectionAdd')).state()).disabled).toBe(false);
    await options.close();

    // Campaigning is switched off by the policy: a campaign call alone gets no badge…
    const page = await harness.newPage(`${FIXTURES}/textarea.html`);
    await expectQuietAfter(page, async () => {
      await writeInComposer(page, 'Votez Macron dimanche !');
    });
    // …while leaks still warn, and the card names the leak only.
    await page.type(' Tout est là : #MacronLeaks');
    await waitForBadge(page, true);
    await badge(page).click();
    const text = await card(page).text();
    expect(text).toContain('#MacronLeaks');
    expect(text).not.toContain('Votez Macron');
  } finally {
    await harness.close();
  }
});

test('a policy that locks the elections disables adding and removing them in the settings', async ({}, testInfo) => {
  const browserName = testInfo.project.name as BrowserName;
  const unsupported = policyUnsupported(browserName);
  test.skip(unsupported !== undefined, unsupported);

  const election = { country: 'FR', date: '2031-03-16', name: 'Municipales (test)', type: 'local', status: 'scheduled' };
  const harness = await launchExtension(browserName, { policy: { customElections: [election], locked: ['customElections'] } });
  try {
    const options = await harness.extensionPage(OPTIONS_PATH);
    const remove = options.getByRole('button', message('optionsElectionRemoveNamed', 'Municipales (test)'));
    const add = options.getByRole('button', message('optionsElectionAdd'));
    for (const control of [remove, add]) {
      const state = await control.state();
      expect(state.disabled).toBe(true);
    }
    expect((await remove.state()).description).toContain(message('managedLocked'));
    // The kinds of finding are not locked by this policy: they stay the user's to change.
    expect((await options.getByRole('switch', message('optionsCategoryCampaign')).state()).disabled).toBe(false);
  } finally {
    await harness.close();
  }
});

test('a policy entry that cannot be applied is listed, under its own heading, in the popup and the settings; the rest applies', async ({}, testInfo) => {
  const browserName = testInfo.project.name as BrowserName;
  const unsupported = policyUnsupported(browserName);
  test.skip(unsupported !== undefined, unsupported);

  // "XX" is a well-formed code no country has: the browsers pass it on, the extension must not take it.
  const harness = await launchExtension(browserName, { policy: { countries: ['FR', 'XX'], locked: ['countries'] } });
  try {
    for (const path of [POPUP_PATH, OPTIONS_PATH]) {
      const page = await harness.extensionPage(path);
      const heading = message('managedProblemsHeading');
      await page.getByRole('heading', heading).waitFor();
      const problems = await page.getByRole('region', heading).getByRole('listitem').allTexts();
      expect(problems, path).toEqual(['countries[1]: no rules are known for "XX"; dropped']);
      expect(await page.getByRole('region', heading).text(), path).toContain(message('managedProblemsIntro'));
      if (path === POPUP_PATH) {
        // The rest of the policy applies: France is on and locked.
        await expectLocked(page.getByRole('switch', 'France'), true);
      }
      await page.close();
    }
  } finally {
    await harness.close();
  }
});
