/**
 * What the background knows and answers, with no browser API: the dataset,
 * settings and a real-time reading go in, answers come out. The router and
 * the browser listeners in index.ts are thin wrappers around this.
 */
import type { Category, WeakSignal } from '../../src/detect/detector.ts';
import { nextElection, withElections } from '../../src/rules/calendar.ts';
import type { Election } from '../../src/rules/schema.ts';
import { type Dataset, UnknownAreaError, lookupArea, nextBoundaryAfter, statusAt } from '../../src/rules/status.ts';
import { countryForZone } from '../../src/rules/suggest.ts';
import { type Restriction, electionAreas, restrictionsFor } from '../../src/rules/windows.ts';
import { CAUTION_LEAD_MS, KINDS_BY_WEAK_SIGNAL, verdictFor } from '../../src/risk/verdict.ts';
import type { ManagedState, Overview, VerdictResponse } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { clockNow, realTimeOf } from './clock.ts';
import type { ToolbarState } from './toolbar-look.ts';

export function verdictResponse(
  dataset: Dataset,
  settings: Settings,
  categories: readonly Category[],
  site: string | undefined,
  realNow: number,
  weak: readonly WeakSignal[] = [],
): VerdictResponse {
  if (settings.countries.length === 0) return { active: false };
  if (site !== undefined && settings.disabledSites.includes(site)) return { active: false };
  if (snoozeEnd(settings, realNow) !== undefined) return { active: false };
  const { at, data, codes } = userView(dataset, settings, realNow);
  // A kind of finding switched off (by the user or their organisation) never warns.
  const wanted = categories.filter((category) => settings.categories[category]);
  const wantedWeak = weak.filter((signal) => settings.categories[KINDS_BY_WEAK_SIGNAL[signal].category]);
  return { active: true, verdict: verdictFor(wanted, statusAt(at, codes, data), at, wantedWeak) };
}

export function overview(dataset: Dataset, settings: Settings, realNow: number, zone: string, managed: ManagedState | null = null): Overview {
  const { at, data } = userView(dataset, settings, realNow);
  const reports = statusAt(at, [...data.countries.keys()].sort(), data);
  return {
    now: at,
    // The instant the user chose; `now` is where the preview clock has run to since.
    preview: settings.preview?.at ?? null,
    zone,
    snoozedUntil: snoozeEnd(settings, realNow) ?? null,
    disabledSites: settings.disabledSites,
    suggested: countryForZone(zone) ?? null,
    customElections: settings.customElections,
    categories: settings.categories,
    managed,
    countries: reports.map((report) => {
      const country = data.countries.get(report.country);
      const election = nextElection(data, report.country, at);
      return {
        code: report.country,
        name: country?.name ?? report.country,
        enabled: settings.countries.includes(report.country),
        status: report.status,
        active: [...report.restrictions],
        next: report.upcoming[0] ?? null,
        nextElection: election === undefined ? null : { date: election.date, name: election.name, status: election.status },
        zone: country?.zone ?? 'UTC',
        regions: (country?.regions ?? []).map(({ code, name, zone: regionZone }) => ({ code, name, zone: regionZone })),
      };
    }),
  };
}

/**
 * The windows `election` would have once added to the user's elections, before
 * it is saved: the calendar as it would then be (merged into a bundled election
 * of the same country and day, as saving does, see withElections), and the
 * windows of the vote in its own zone, from the same functions every status
 * answer uses (statusAt). Earliest first; empty when no rule of the country
 * covers this type of election.
 */
export function electionWindows(dataset: Dataset, settings: Settings, election: Election): Restriction[] {
  const same = (e: Election) => e.country === election.country && e.date === election.date;
  const data = withElections(dataset, [...settings.customElections.filter((e) => !same(e)), election]);
  const country = data.countries.get(election.country);
  const added = data.calendar.find(same);
  if (country === undefined || added === undefined) return [];
  const areas = electionAreas(country, added);
  return restrictionsFor(country, added, areas.main, areas).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * What every answer starts from: the clock's "now" (the preview date when one
 * is set), the bundled calendar plus the user's own elections, and the user's
 * country codes that the dataset still knows (an unknown stored code is
 * skipped rather than failing every answer).
 */
function userView(dataset: Dataset, settings: Settings, realNow: number): { at: number; data: Dataset; codes: string[] } {
  const data = withElections(dataset, settings.customElections);
  const codes = settings.countries.filter((code) => {
    try {
      lookupArea(data, code);
      return true;
    } catch (error) {
      if (error instanceof UnknownAreaError) return false;
      throw error;
    }
  });
  return { at: clockNow(settings.preview, realNow), data, codes };
}

/** When the pause started from the badge ends, if it is still on. */
function snoozeEnd(settings: Settings, realNow: number): number | undefined {
  return settings.snooze !== null && realNow < settings.snooze.until ? settings.snooze.until : undefined;
}

/** Real time of the next window boundary for the user's countries, for the alarm. */
export function nextAlarmTime(dataset: Dataset, settings: Settings, realNow: number): number | undefined {
  const { at, data, codes } = userView(dataset, settings, realNow);
  // The pre-silence caution starts a day before each window: open tabs re-check then too.
  const next = nextBoundaryAfter(at, codes, data, [CAUTION_LEAD_MS]);
  const pauseEnd = snoozeEnd(settings, realNow);
  const boundary = next === undefined ? undefined : realTimeOf(next, settings.preview);
  if (boundary === undefined) return pauseEnd;
  return pauseEnd === undefined ? boundary : Math.min(boundary, pauseEnd);
}

/** What the toolbar button shows: the user's countries in silence, and whether warnings are paused. */
export function toolbarState(dataset: Dataset, settings: Settings, realNow: number): ToolbarState {
  return { activeCountries: activeCountryNames(dataset, settings, realNow), pausedUntil: snoozeEnd(settings, realNow), hasCountries: settings.countries.length > 0 };
}

/** Names of the user's countries where a restriction is in force now (for the toolbar). */
export function activeCountryNames(dataset: Dataset, settings: Settings, realNow: number): string[] {
  const { at, data, codes } = userView(dataset, settings, realNow);
  return statusAt(at, codes, data)
    .filter((report) => report.status === 'active')
    .map((report) => dataset.countries.get(report.country.slice(0, 2))?.name ?? report.country);
}
