import { browser } from '../shared/browser.ts';
import { countryName } from '../shared/format.ts';
import { t, ui } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { isPlacelessZone, placeOfZone } from '../shared/places.ts';
import { SearchableCountryList } from '../shared/ui/SearchableCountryList.tsx';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import { useOverview } from '../shared/ui/use-overview.ts';

/**
 * First run (opened by the background on install): what Silence Guard does and
 * does not do, and the countries whose rules it follows — the one suggested by
 * the time zone, or a clear request to pick when the zone tells nothing.
 */
export function Welcome() {
  const { overview, error, send } = useOverview();
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <ErrorAlert message={error === undefined ? undefined : t('popupLoadError', error)} />
      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcomeWhatHeading')}</h2>
        <p>{t('welcomeWhat')}</p>
        <p>{t('welcomeNeverBlocks')}</p>
      </section>
      <section aria-labelledby="welcome-private">
        <h2 id="welcome-private">{t('welcomePrivateHeading')}</h2>
        <p>{t('welcomePrivate')}</p>
      </section>
      {overview !== undefined && <CountriesStep overview={overview} onToggle={(code, enabled) => void send({ type: 'ui-bg/set-country', country: code, enabled })} />}
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcomePinHeading')}</h2>
        <p>{t('welcomePin')}</p>
      </section>
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeSettings')}
        </button>
      </p>
    </main>
  );
}

function CountriesStep({ overview, onToggle }: { overview: Overview; onToggle: (code: string, enabled: boolean) => void }) {
  const chosen = overview.countries.filter((c) => c.enabled).map((c) => countryName(ui, c.code, c.name));
  const suggested = overview.countries.find((c) => c.code === overview.suggested);

  let intro: string;
  if (chosen.length > 0) intro = t('welcomeCountriesChosen', chosen.join(', '));
  else if (suggested !== undefined) intro = t('welcomeCountriesSuggested', countryName(ui, suggested.code, suggested.name));
  else if (isPlacelessZone(overview.zone)) intro = t('welcomeCountriesUtc');
  else intro = t('welcomeCountriesUnknownZone', placeOfZone(overview.zone, ui.language));

  return (
    <section aria-labelledby="welcome-countries">
      <h2 id="welcome-countries">{t('welcomeCountriesHeading')}</h2>
      {/* No country yet: nothing would ever warn, so this is a request, not a footnote. */}
      <p id="welcome-countries-intro" class={chosen.length === 0 ? 'notice prompt' : undefined}>
        {intro}
      </p>
      {chosen.length === 0 && suggested !== undefined && (
        <p>
          <button type="button" onClick={() => onToggle(suggested.code, true)}>
            {t('welcomeCountriesAccept', countryName(ui, suggested.code, suggested.name))}
          </button>
        </p>
      )}
      <SearchableCountryList
        listId="welcome-country-list"
        labelledBy="welcome-countries"
        countries={overview.countries}
        searchLabel={t('welcomeCountriesSearch')}
        noMatch={(query) => t('optionsCountriesNoMatch', query)}
        onToggle={(country, enabled) => onToggle(country.code, enabled)}
      />
    </section>
  );
}
