import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser.ts';
import { t, ui } from '../shared/i18n.ts';
import { sitePattern } from '../shared/match-pattern.ts';
import type { SiteStateMessage } from '../shared/messages.ts';
import { sendToBackground } from '../shared/send.ts';
import { DATASET_AS_OF } from '../../src/data/as-of.ts';
import { countryName, formatDateTime, formatDay } from '../shared/format.ts';
import { SearchableCountryList } from '../shared/ui/SearchableCountryList.tsx';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import { useOverview } from '../shared/ui/use-overview.ts';
import { LockedNote, describedBy, isLocked } from '../shared/ui/locked.tsx';
import { PolicyProblems } from '../shared/ui/PolicyProblems.tsx';
import { FalseAlarms } from './FalseAlarms.tsx';

export function Popup() {
  const { overview, error, send } = useOverview();

  const suggested = overview?.countries.find((country) => country.code === overview.suggested);
  const toggle = (code: string, enabled: boolean) => void send({ type: 'ui-bg/set-country', country: code, enabled });
  const countriesLocked = isLocked(overview, 'countries');

  return (
    <main>
      <header class="bar">
        <img src="/icons/icon-32.png" alt="" width="20" height="20" />
        <h1>{t('popupTitle')}</h1>
      </header>
      {overview?.preview != null && (
        <p class="notice" role="status">
          {t('popupPreview', formatDateTime(ui, overview.now))}
        </p>
      )}
      <ErrorAlert message={error === undefined ? undefined : t('popupLoadError', error)} />
      {overview?.snoozedUntil != null && (
        <p class="notice" role="status" id="paused">
          {t('popupPaused', formatDateTime(ui, overview.snoozedUntil))}{' '}
          <button type="button" onClick={() => void send({ type: 'ui-bg/resume' })}>
            {t('popupResume')}
          </button>
        </p>
      )}
      <LockedNote overview={overview} />
      <PolicyProblems overview={overview} />
      <SiteSwitch locked={isLocked(overview, 'disabledSites')} />
      {suggested !== undefined && !suggested.enabled && !countriesLocked && (
        <p class="suggestion">
          {t('popupSuggestion', countryName(ui, suggested.code, suggested.name))}{' '}
          <button type="button" onClick={() => toggle(suggested.code, true)}>
            {t('popupSuggestionAccept')}
          </button>
        </p>
      )}
      <h2 id="countries-heading">{t('popupCountries')}</h2>
      <SearchableCountryList
        listId="country-list"
        labelledBy="countries-heading"
        inputId="country-search"
        countries={overview?.countries}
        searchLabel={t('popupSearchLabel')}
        noMatch={(query) => t('popupNoMatch', query)}
        locked={countriesLocked}
        onToggle={(country, enabled) => toggle(country.code, enabled)}
      />
      <FalseAlarms />
      <footer>
        <p class="as-of" id="data-as-of">{t('dataAsOf', formatDay(ui, DATASET_AS_OF))}</p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}

/**
 * The switch for the site in the current tab: on by default on built-in sites, one click (and a permission) elsewhere;
 * disabled when an organisation's policy locks the sites switched off.
 */
function SiteSwitch({ locked }: { locked: boolean }) {
  const [tab, setTab] = useState<{ id?: number; url: string }>();
  const [site, setSite] = useState<SiteStateMessage>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      // Test builds only: `?site=<url>` stands for the toolbar click a test cannot make. Opened as a tab, the
      // popup's current tab is itself, and a site without permission shows its address only through activeTab.
      const testSite = import.meta.env.TEST_BUILD ? new URLSearchParams(location.search).get('site') : null;
      const url = testSite ?? active?.url ?? '';
      setTab({ id: testSite === null ? active?.id : undefined, url });
      setSite(await sendToBackground({ type: 'ui-bg/site', url }));
    })().catch((error: unknown) => setProblem(String(error)));
  }, []);

  if (site === undefined || tab === undefined) return null;
  if (site.coverage === 'unsupported') {
    return (
      <p class="status site" id="site-state">
        {t('popupSiteUnsupported')}
      </p>
    );
  }
  /** Switching on asks the browser for this site's permission first. */
  const asks = site.coverage === 'none';
  const toggle = async (enabled: boolean) => {
    setProblem(undefined);
    try {
      let justGranted = false;
      if (enabled && site.coverage === 'none') {
        const pattern = sitePattern(tab.url);
        // Asked from the click itself: browsers only show permission prompts for a user gesture.
        justGranted = pattern !== undefined && (await browser.permissions.request({ origins: [pattern] }));
        if (!justGranted) {
          setProblem(t('popupSitePermissionDenied', site.host));
          return;
        }
      }
      setSite(await sendToBackground({ type: 'ui-bg/set-site', url: tab.url, enabled, tabId: tab.id, justGranted }));
    } catch (error) {
      setProblem(String(error));
    }
  };
  return (
    <div class="site" id="site-state">
      <input
        id="site-switch"
        type="checkbox"
        role="switch"
        checked={site.enabled}
        disabled={locked}
        // Named by the host line alone and described by the permission note, as Switch.tsx does: the label element
        // wraps both, and naming by it ran the two sentences together as one name.
        aria-labelledby="site-switch-label"
        aria-describedby={describedBy(locked, asks ? 'site-switch-note' : undefined)}
        onChange={(event) => void toggle(event.currentTarget.checked)} />
      <label for="site-switch">
        <span class="name" id="site-switch-label">
          {t('popupSiteToggle', site.host)}
        </span>
        {asks && (
          <span class="status" id="site-switch-note">
            {t('popupSiteAsk')}
          </span>
        )}
      </label>
      {problem !== undefined && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
