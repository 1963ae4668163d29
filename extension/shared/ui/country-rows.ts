/**
 * What a list of countries shows (popup, settings, welcome page): each
 * country's name in the UI language and its status line, filtered by a
 * forgiving search and ordered with the user's countries first.
 */
import { localized } from '../../../src/rules/localize.ts';
import { countryName, formatDateTime, formatDay } from '../format.ts';
import { countryIndex, visibleRows } from './country-search.ts';
import type { OverviewCountry } from '../messages.ts';
import type { MessageKey, Speaker } from '../speaker.ts';

export interface CountryRow {
  readonly country: OverviewCountry;
  /** The country's name in the UI language. */
  readonly label: string;
}

/** The name of each kind of restriction (the popup, the settings). */
export const KIND_LABEL: Record<OverviewCountry['active'][number]['kind'], MessageKey> = {
  campaign: 'kindCampaign',
  polls: 'kindPolls',
  'exit-polls': 'kindExitPolls',
  results: 'kindResults',
  'straw-polls': 'kindStrawPolls',
};

/**
 * The countries found by `query` (any of their names: see country-search.ts),
 * in the order that helps: the user's countries first, then by status and
 * next election (compareRows).
 */
export function countryRows(s: Speaker, countries: readonly OverviewCountry[], query: string): CountryRow[] {
  return visibleRows(countryIndex(countries, (country) => countryName(s, country.code, country.name)), query, s.language);
}

/** For a country with nothing within 30 days: when its next election is, however far off, or that the calendar has none. */
export function nextElectionLine(s: Speaker, country: OverviewCountry): string | undefined {
  if (country.status !== 'clear') return undefined;
  const election = country.nextElection;
  if (election === null) return s.t('popupNoElection');
  const day = formatDay(s, election.date);
  const name = localized(election.name, s.language);
  return election.status === 'expected' ? s.t('popupNextElectionExpected', [day, name]) : s.t('popupNextElection', [day, name]);
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
