import { t } from '../shared/i18n.ts';
import type { Overview } from '../shared/messages.ts';
import { isLocked } from '../shared/ui/locked.tsx';
import { SearchableCountryList } from '../shared/ui/SearchableCountryList.tsx';
import type { SendChange } from '../shared/ui/use-overview.ts';

/** Which countries' rules apply: the same searchable list of switches as the popup. */
export function CountriesSection({ overview, send }: { overview: Overview; send: SendChange }) {
  return (
    <section aria-labelledby="countries-heading">
      <h2 id="countries-heading">{t('optionsCountriesHeading')}</h2>
      <p id="countries-help">{t('optionsCountriesHelp')}</p>
      <SearchableCountryList
        listId="settings-countries"
        labelledBy="countries-heading"
        countries={overview.countries}
        searchLabel={t('optionsCountriesSearch')}
        noMatch={(query) => t('optionsCountriesNoMatch', query)}
        locked={isLocked(overview, 'countries')}
        onToggle={(country, enabled) => void send({ type: 'ui-bg/set-country', country: country.code, enabled })}
      />
    </section>
  );
}
