/**
 * The country lists' search and order (popup, settings, welcome page): which countries show for a search, and
 * in what order. Pure (no browser API, no DOM), unit-tested in
 * country-rows.test.ts.
 *
 * A country is found by every name a person may type: its name in the UI
 * language, in English and in each of its own languages ("Deutschland",
 * "Sverige", from the browser's Intl.DisplayNames), its code, its regions'
 * names ("Guadeloupe" finds France), and the other names in
 * country-aliases.ts ("UK", "USA", "Holland").
 */
import { COUNTRY_ALIASES } from './country-aliases.ts';
import { COUNTRY_LANGUAGES } from '../../../src/detect/selection.ts';
import { displayName, searchKey } from '../format.ts';
import type { OverviewCountry } from '../messages.ts';

export interface CountryRow {
  readonly country: OverviewCountry;
  /** The country's name in the UI language. */
  readonly label: string;
}

/** How well a country's names match what was typed: a whole name or code first, then a name starting with it, then one containing it. */
const MATCH = { whole: 0, start: 1, inside: 2 } as const;

/** Names folded for matching: case, accents and punctuation ignored ("U.K." is "uk", "Türkiye" is "turkiye"). */
export function foldName(name: string): string {
  return searchKey(name)
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name a country is searched by, folded. */
export function searchNames(country: OverviewCountry, label: string): string[] {
  const own = COUNTRY_LANGUAGES[country.code] ?? [];
  const names = [
    label,
    country.name,
    country.code,
    ...own.map((language) => displayName(language, country.code)),
    ...(COUNTRY_ALIASES[country.code] ?? []),
    ...country.regions.flatMap((region) => Object.values(region.name)),
  ];
  return [...new Set(names.filter((name): name is string => typeof name === 'string').map(foldName).filter((name) => name !== ''))];
}

/** The best match of `query` (folded) among `names`, or undefined if none. */
export function matchOf(names: readonly string[], query: string): number | undefined {
  let best: number | undefined;
  for (const name of names) {
    const rank = name === query ? MATCH.whole : name.startsWith(query) || name.includes(` ${query}`) ? MATCH.start : name.includes(query) ? MATCH.inside : undefined;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

const STATUS_ORDER: Readonly<Record<OverviewCountry['status'], number>> = { active: 0, upcoming: 1, clear: 2 };

/**
 * The order that helps: the user's own countries first; then a silence in
 * force, then one starting within 30 days; then the nearest next election
 * (countries with none known last); then by name. While searching, how well
 * the names match comes before all of that, so "UK" puts the United Kingdom
 * above Ukraine.
 */
export function compareRows(a: CountryRow & { match?: number }, b: CountryRow & { match?: number }, language: string): number {
  return (
    (a.match ?? 0) - (b.match ?? 0) ||
    Number(b.country.enabled) - Number(a.country.enabled) ||
    STATUS_ORDER[a.country.status] - STATUS_ORDER[b.country.status] ||
    (a.country.nextElection?.date ?? '9999').localeCompare(b.country.nextElection?.date ?? '9999') ||
    a.label.localeCompare(b.label, language)
  );
}

/** A search index over the overview's countries: build once per overview, then filter per keystroke. */
export function countryIndex(countries: readonly OverviewCountry[], labelOf: (country: OverviewCountry) => string): { row: CountryRow; names: string[] }[] {
  return countries.map((country) => {
    const label = labelOf(country);
    return { row: { country, label }, names: searchNames(country, label) };
  });
}

/** The rows to show for what was typed (everything when nothing was), in order. */
export function visibleRows(index: readonly { row: CountryRow; names: readonly string[] }[], query: string, language: string): CountryRow[] {
  const wanted = foldName(query);
  const matched = index.flatMap(({ row, names }) => {
    if (wanted === '') return [row];
    const match = matchOf(names, wanted);
    return match === undefined ? [] : [{ ...row, match }];
  });
  return matched.sort((a, b) => compareRows(a, b, language)).map(({ country, label }) => ({ country, label }));
}
