import { useMemo, useState } from 'preact/hooks';
import { t, ui } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { CountryList } from '../shared/ui/CountryList.tsx';
import { countryRows } from '../shared/ui/country-rows.ts';
import { isLocked } from '../shared/ui/locked.tsx';
import type { SendChange } from '../shared/ui/use-overview.ts';

/** Which countries' rules apply: the same searchable list of switches as the popup. */
export function CountriesSection({ overview, send }: { overview: Overview; send: SendChange }) {
  const [query, setQuery] = useState('');
  const rows = useMemo(() => countryRows(ui, overview.countries, query), [overview, query]);
  return (
    <section aria-labelledby="countries-heading">
      <h2 id="countries-heading">{t('optionsCountriesHeading')}</h2>
      <p id="countries-help">{t('optionsCountriesHelp')}</p>
      <label class="search">
        <span class="visually-hidden">{t('optionsCountriesSearch')}</span>
        <input
          type="search"
          placeholder={t('optionsCountriesSearch')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-controls="settings-countries"
        />
      </label>
      <CountryList
        id="settings-countries"
        labelledBy="countries-heading"
        rows={rows}
        speaker={ui}
        locked={isLocked(overview, 'countries')}
        onToggle={(country, enabled) => void send({ type: 'ui-bg/set-country', country: country.code, enabled })}
      />
      {rows.length === 0 && <p class="status">{t('optionsCountriesNoMatch', query)}</p>}
    </section>
  );
}
