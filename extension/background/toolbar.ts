import { browser } from '../shared/browser.ts';
import { t } from '../shared/i18n.ts';

/** Shows on the toolbar button whether a silence is in force in one of the user's countries. */
export async function showToolbarState(activeCountries: readonly string[]): Promise<void> {
  const active = activeCountries.length > 0;
  await Promise.all([
    browser.action.setBadgeText({ text: active ? '!' : '' }),
    browser.action.setBadgeBackgroundColor({ color: '#c2410c' }),
    browser.action.setTitle({ title: active ? t('toolbarActive', activeCountries.join(', ')) : t('toolbarIdle') }),
  ]);
}
