import { useMemo, useState } from 'preact/hooks';
import { ui } from '../i18n.ts';
import type { OverviewCountry } from '../messages.ts';
import { CountryList } from './CountryList.tsx';
import { countryRows } from './country-rows.ts';

/**
 * A search field over the country switches, and a line when nothing matches:
 * the same control in the popup, the settings and the welcome page.
 * `countries` is undefined while the overview is still loading (the list is busy).
 */
export function SearchableCountryList({
  listId,
  labelledBy,
  inputId,
  countries,
  searchLabel,
  noMatch,
  locked = false,
  onToggle,
}: {
  listId: string;
  labelledBy: string;
  inputId?: string;
  countries: readonly OverviewCountry[] | undefined;
  searchLabel: string;
  noMatch: (query: string) => string;
  locked?: boolean;
  onToggle: (country: OverviewCountry, enabled: boolean) => void;
}) {
  const [query, setQuery] = useState('');
  const rows = useMemo(() => (countries === undefined ? [] : countryRows(ui, countries, query)), [countries, query]);
  return (
    <>
      <label class="search">
        <span class="visually-hidden">{searchLabel}</span>
        <input
          type="search"
          id={inputId}
          placeholder={searchLabel}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-controls={listId}
        />
      </label>
      <CountryList
        id={listId}
        labelledBy={labelledBy}
        rows={rows}
        speaker={ui}
        busy={countries === undefined}
        locked={locked}
        onToggle={onToggle}
      />
      {countries !== undefined && rows.length === 0 && <p class="status">{noMatch(query)}</p>}
    </>
  );
}
