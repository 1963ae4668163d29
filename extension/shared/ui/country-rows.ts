/**
 * What a list of countries shows (popup, settings, welcome page): each
 * country's name in the UI language and its status line, filtered by a
 * forgiving search and ordered with the user's countries first.
 */
import { localized } from '../../../src/rules/localize.ts';
import { countryName, formatDateTime, searchKey } from '../format.ts';
import type { OverviewCountry } from '../messages.ts';
import type { MessageKey, Speaker } from '../speaker.ts';

export interface CountryRow {
  readonly country: OverviewCountry;
  /** The country's name in the UI language. */
  readonly label: string;
}

const KIND_LABEL: Record<OverviewCountry['active'][number]['kind'], MessageKey> = {
  campaign: 'kindCampaign',
  polls: 'kindPolls',
  'exit-polls': 'kindExitPolls',
  results: 'kindResults',
  'straw-polls': 'kindStrawPolls',
};

/**
 * The countries whose name (in the UI language or English) or code contains
 * `query` (case and accents ignored), the switched-on ones first, then by name.
 */
export function countryRows(s: Speaker, countries: readonly OverviewCountry[], query: string): CountryRow[] {
  const wanted = searchKey(query.trim());
  return countries
    .map((country) => ({ country, label: countryName(s, country.code, country.name) }))
    .filter(({ country, label }) => wanted === '' || searchKey(`${label} ${country.name} ${country.code}`).includes(wanted))
    .sort((a, b) => Number(b.country.enabled) - Number(a.country.enabled) || a.label.localeCompare(b.label, s.language));
}

/** One line on where the country stands now: the soonest end of what is in force, the next window, or clear. Times on the country's clock. */
export function countryStatus(s: Speaker, country: OverviewCountry, now?: number): string {
  if (country.status === 'active' && country.active.length > 0) {
    const ending = country.active.reduce((soonest, r) => (r.end < soonest.end ? r : soonest));
    return s.t('popupStatusActive', [s.t(KIND_LABEL[ending.kind]), formatDateTime(s, ending.end, country.zone, now)]);
  }
  if (country.status === 'upcoming' && country.next !== null) {
    return s.t('popupStatusUpcoming', [s.t(KIND_LABEL[country.next.kind]), formatDateTime(s, country.next.start, country.zone, now), localized(country.next.election.name, s.language)]);
  }
  return s.t('popupStatusClear');
}
