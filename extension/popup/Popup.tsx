import { browser } from '../shared/browser.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import type { OverviewCountry } from '../shared/messages.ts';
import { useOverview } from '../shared/ui/use-overview.ts';

export function Popup() {
  const { overview, error, send } = useOverview();
  const language = uiLanguage();
  const format = (instant: number) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(instant);

  return (
    <main>
      <header class="bar">
        <img src="/icons/icon-32.png" alt="" width="20" height="20" />
        <h1>{t('popupTitle')}</h1>
      </header>
      {overview?.preview != null && (
        <p class="notice" role="status">
          {t('popupPreview', format(overview.preview))}
        </p>
      )}
      {error !== undefined && (
        <p class="error" role="alert">
          {t('popupLoadError', error)}
        </p>
      )}
      <h2 id="countries-heading">{t('popupCountries')}</h2>
      <ul class="countries" aria-labelledby="countries-heading" aria-busy={overview === undefined}>
        {overview?.countries.map((country) => (
          <CountryRow
            key={country.code}
            country={country}
            format={format}
            onToggle={(enabled) => void send({ type: 'ui-bg/set-country', country: country.code, enabled })}
          />
        ))}
      </ul>
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}

function CountryRow({
  country,
  format,
  onToggle,
}: {
  country: OverviewCountry;
  format: (instant: number) => string;
  onToggle: (enabled: boolean) => void;
}) {
  const id = `country-${country.code}`;
  const firstActive = country.active[0];
  const status =
    country.status === 'active' && firstActive !== undefined
      ? t('popupStatusActive', format(Math.min(...country.active.map((r) => r.end))))
      : country.status === 'upcoming' && country.next !== null
        ? t('popupStatusUpcoming', format(country.next.start))
        : t('popupStatusClear');
  return (
    <li class="country" data-country={country.code} data-status={country.status}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={country.enabled}
        aria-describedby={`${id}-status`}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <label for={id}>
        <span class="name">{country.name}</span>
        <span class={`status status-${country.status}`} id={`${id}-status`}>
          {status}
        </span>
      </label>
    </li>
  );
}
