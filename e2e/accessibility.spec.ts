/**
 * axe-core on every surface of the extension, in light and dark, in both
 * browsers: the popup, the settings page, the welcome page and the badge's open card (inside its
 * closed shadow root, lent to axe by the test; see support/axe.ts). No
 * violation of any impact is allowed. Each test also names rules that must
 * have passed, so a run that checked nothing (an empty page, a root axe could
 * not enter) fails. axe leaves the card's colour contrast undecided ("unable to
 * determine"): the badge's host is a child of <html>, outside <body> (so no page
 * style on the body can move or clip it), and axe's layout grid, from which it
 * reads what is painted under a text, covers <body> only. card.spec.ts measures
 * the badge's and the card's contrast on computed colours instead, light and dark.
 */
import type { TestInfo } from '@playwright/test';
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { type BrowserName, type ExtensionHarness, launchExtension } from './support/harness.ts';
import { type AxeReport, axeReport, exposeShadowRoot } from './support/axe.ts';
import { contrastOf } from './support/contrast.ts';
import { OPTIONS_PATH, POPUP_PATH, badge, card, setCountry, setPreviewDate, waitForBadge, writeInComposer } from './support/flows.ts';
import { message } from './support/messages.ts';

const WELCOME_PATH = 'extension/welcome/index.html';

/** Rules that apply to any of the extension's pages: passing them proves axe read the page. */
const PAGE_RULES = ['html-has-lang', 'html-lang-valid', 'document-title', 'landmark-one-main', 'page-has-heading-one', 'button-name', 'label', 'color-contrast'];

/** The whole report goes with the test's results (undecided rules are for a person to look at). */
async function attach(testInfo: TestInfo, report: AxeReport): Promise<void> {
  await testInfo.attach('axe', { body: JSON.stringify(report, null, 2), contentType: 'application/json' });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.describe.configure({ mode: 'serial' });
    let harness: ExtensionHarness;

    test.beforeAll(async ({}, testInfo) => {
      harness = await launchExtension(testInfo.project.name as BrowserName, { colorScheme: scheme });
      // Inside France's 2017 silence with France on: the popup shows a silence in force and a preview notice.
      await setPreviewDate(harness, '2017-05-06T12:00+02:00');
      await setCountry(harness, 'France', true);
    });
    test.afterAll(async () => harness?.close());

    test('the popup has no axe violations', async ({}, testInfo) => {
      const popup = await harness.extensionPage(POPUP_PATH);
      await popup.getByRole('switch', 'France').waitFor();
      const report = await axeReport(popup);
      await attach(testInfo, report);
      expect(report.violations).toEqual([]);
      expect(report.passed).toEqual(expect.arrayContaining([...PAGE_RULES, 'list', 'listitem']));
      // axe leaves the contrast of the country rows scrolled out of the list's own scroll box undecided
      // ("partially obscured": clipped by the box), about 225 of them. Unrolled, every row is on screen
      // and axe decides them all: none fails, none is left undecided.
      expect(report.incomplete.flatMap((rule) => rule.nodes).every((node) => node.startsWith('#country-list-'))).toBe(true);
      await popup.evaluateSource(`document.querySelector('.countries').style.maxHeight = 'none'`);
      const unrolled = await axeReport(popup);
      await attach(testInfo, unrolled);
      expect(unrolled.violations).toEqual([]);
      expect(unrolled.incomplete).toEqual([]);
      // The same rows on the browser's computed colours (as the card's in card.spec.ts), light and dark.
      const pairs = await contrastOf(popup.getByRole('main'));
      expect(pairs.length).toBeGreaterThan(200);
      expect(pairs.filter((p) => p.ratio < 4.5)).toEqual([]);
      await popup.close();
    });

    test('the settings page has no axe violations', async ({}, testInfo) => {
      const options = await harness.extensionPage(OPTIONS_PATH);
      await options.getByRole('button', message('optionsElectionAdd')).waitFor();
      const report = await axeReport(options);
      await attach(testInfo, report);
      expect(report.violations).toEqual([]);
      expect(report.passed).toEqual(expect.arrayContaining([...PAGE_RULES, 'select-name']));
      await options.close();
    });

    test('the welcome page has no axe violations', async ({}, testInfo) => {
      const welcome = await harness.extensionPage(WELCOME_PATH);
      // The countries step appears once the page has the background's overview.
      await welcome.getByRole('switch', 'France').waitFor();
      const report = await axeReport(welcome);
      await attach(testInfo, report);
      expect(report.violations).toEqual([]);
      expect(report.passed).toEqual(expect.arrayContaining([...PAGE_RULES, 'list', 'listitem', 'aria-allowed-role']));
      await welcome.close();
    });

    test('the badge and its open card have no axe violations', async ({}, testInfo) => {
      const page = await harness.newPage(`${FIXTURES}/textarea.html`);
      await writeInComposer(page, 'Tout est là : #MacronLeaks. Sondage : Macron 62 %, Le Pen 38 %');
      await waitForBadge(page, true);
      await badge(page).click();
      await card(page).waitFor();
      await exposeShadowRoot(card(page));
      const report = await axeReport(page, 'exposed-hosts');
      await attach(testInfo, report);
      expect(report.violations).toEqual([]);
      // Undecided: colour contrast only (see the top of this file).
      expect(report.incomplete.map((rule) => rule.id)).toEqual(['color-contrast']);
      // Rules about the card's own elements: axe did look inside the closed root.
      expect(report.passed).toEqual(expect.arrayContaining(['aria-dialog-name', 'button-name', 'link-name', 'valid-lang', 'aria-valid-attr-value']));
      await page.close();
    });
  });
}
