/**
 * The French UI under a French browser, in both browsers: Chromium started
 * with LANGUAGE=fr_FR in its environment (on Linux it ignores --lang, see
 * harness.ts), Firefox with intl.locale.requested=fr-FR (each needs its French
 * resources installed: Debian's chromium-l10n and firefox-esr-l10n-fr). The
 * settings page, the popup and the card are found and driven by their French
 * names only, and each declares a French lang and dir="ltr" (the card on its own
 * element: it must not take the page's language or direction).
 */
import { FIXTURES, expect, test } from './support/fixtures.ts';
import { type BrowserName, type PageDriver, launchExtension } from './support/harness.ts';
import { OPTIONS_PATH, POPUP_PATH, type Say, setCountry, setPreviewDate, writeInComposer } from './support/flows.ts';
import { messageIn } from './support/messages.ts';

const fr: Say = (key, ...substitutions) => messageIn('fr', key, ...substitutions);

function documentLanguage(page: PageDriver): Promise<[string, string]> {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir] as [string, string], null);
}

/**
 * The language the UI declares: the browser's own tag when it is French (Chromium reports the
 * region too, fr-FR; Firefox's French language pack is plain fr).
 */
const FRENCH = expect.stringMatching(/^fr(-FR)?$/);

const PREVIEW = '2017-05-06T12:00+02:00';

/**
 * Hours and minutes of `iso` on this machine's clock, in French: the browsers run in the
 * machine's time zone (UTC here and in CI, 10:00), so only this part depends on it.
 */
function clockHere(iso: string): string {
  return new Intl.DateTimeFormat('fr', { hour: 'numeric', minute: '2-digit' }).format(Date.parse(iso));
}

test('in a French browser the settings, the popup and the card speak French, with lang and dir set', async ({}, testInfo) => {
  const harness = await launchExtension(testInfo.project.name as BrowserName, { locale: 'fr-FR' });
  try {
    // The settings page, driven through its French labels (preview date inside France's 2017 silence).
    await setPreviewDate(harness, PREVIEW, fr);
    const options = await harness.extensionPage(OPTIONS_PATH);
    await options.getByRole('heading', fr('optionsTitle')).waitFor();
    // The page shows the real clock until the settings arrive from the background.
    await expect.poll(() => options.getByRole('status', fr('optionsPreviewHeading')).text()).toBe(`Aperçu en cours : sam. 6 mai 2017, ${clockHere(PREVIEW)}`);
    expect(await documentLanguage(options)).toEqual([FRENCH, 'ltr']);
    await options.close();

    await setCountry(harness, 'France', true);
    const popup = await harness.extensionPage(POPUP_PATH);
    await popup.getByRole('searchbox', fr('popupSearchLabel')).waitFor();
    await popup.getByRole('heading', fr('popupCountries')).waitFor();
    // The country's status, with its date in French on the country's clock (Paris).
    const status = (await popup.getByRole('switch', 'France').state()).description;
    expect(status).toBe(`${fr('popupStatusActive', fr('kindCampaign'), '')}dim. 7 mai 2017, 20:00`);
    expect(await documentLanguage(popup)).toEqual([FRENCH, 'ltr']);
    await popup.close();

    const page = await harness.newPage(`${FIXTURES}/textarea.html`);
    await writeInComposer(page, 'Tout est là : #MacronLeaks');
    const badge = page.getByRole('button', fr('badgeOpenLabel'));
    await badge.click();
    const card = page.getByRole('dialog', fr('panelTitle'));
    await card.waitFor();
    await card.getByRole('button', fr('panelClose')).waitFor();
    expect(await card.text()).toContain(fr('panelSafeAfter', ''));
    expect(await card.run('(el) => { const own = el.closest("[lang]"); return [own?.lang, own?.dir]; }')).toEqual([FRENCH, 'ltr']);
    await expect.poll(() => page.getByRole('status').text()).toBe(fr('announceWarning', 'France'));
  } finally {
    await harness.close();
  }
});
