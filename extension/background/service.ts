/**
 * What the background knows and answers, with no browser API: the dataset,
 * settings and a real-time reading go in, answers come out. The router and
 * the browser listeners in index.ts are thin wrappers around this.
 */
import type { Category } from '../../src/detect/detector.ts';
import { withElections } from '../../src/rules/calendar.ts';
import { type Dataset, nextBoundaryAfter, statusAt } from '../../src/rules/status.ts';
import { countryForZone } from '../../src/rules/suggest.ts';
import { verdictFor } from '../../src/risk/verdict.ts';
import type { Overview, VerdictResponse } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { clockNow, realTimeOf } from './clock.ts';

export function verdictResponse(
  dataset: Dataset,
  settings: Settings,
  categories: readonly Category[],
  site: string | undefined,
  realNow: number,
): VerdictResponse {
  if (settings.countries.length === 0) return { active: false };
  if (site !== undefined && settings.disabledSites.includes(site)) return { active: false };
  if (settings.snoozedUntil !== null && realNow < settings.snoozedUntil) return { active: false };
  const at = clockNow(settings.preview, realNow);
  const data = userDataset(dataset, settings);
  const reports = statusAt(at, knownCodes(data, settings.countries), data);
  return { active: true, verdict: verdictFor(categories, reports, at) };
}

export function overview(dataset: Dataset, settings: Settings, realNow: number, zone: string): Overview {
  const at = clockNow(settings.preview, realNow);
  const data = userDataset(dataset, settings);
  const codes = [...data.countries.keys()].sort();
  const reports = statusAt(at, codes, data);
  return {
    now: at,
    // The instant the user chose; `now` is where the preview clock has run to since.
    preview: settings.preview?.at ?? null,
    zone,
    snoozedUntil: settings.snoozedUntil !== null && settings.snoozedUntil > realNow ? settings.snoozedUntil : null,
    disabledSites: settings.disabledSites,
    suggested: countryForZone(zone) ?? null,
    customElections: settings.customElections,
    countries: reports.map((report) => {
      const country = data.countries.get(report.country);
      return {
        code: report.country,
        name: country?.name ?? report.country,
        enabled: settings.countries.includes(report.country),
        status: report.status,
        active: [...report.restrictions],
        next: report.upcoming[0] ?? null,
        zone: country?.zone ?? 'UTC',
        regions: (country?.regions ?? []).map(({ code, name, zone: regionZone }) => ({ code, name, zone: regionZone })),
      };
    }),
  };
}

/** The bundled calendar plus the user's own elections. */
function userDataset(dataset: Dataset, settings: Settings): Dataset {
  return withElections(dataset, settings.customElections);
}

/** Real time of the next window boundary for the user's countries, for the alarm. */
export function nextAlarmTime(dataset: Dataset, settings: Settings, realNow: number): number | undefined {
  const at = clockNow(settings.preview, realNow);
  const data = userDataset(dataset, settings);
  const next = nextBoundaryAfter(at, knownCodes(data, settings.countries), data);
  const snoozeEnd = settings.snoozedUntil !== null && settings.snoozedUntil > realNow ? settings.snoozedUntil : undefined;
  const boundary = next === undefined ? undefined : realTimeOf(next, settings.preview);
  if (boundary === undefined) return snoozeEnd;
  return snoozeEnd === undefined ? boundary : Math.min(boundary, snoozeEnd);
}

/** Names of the user's countries where a restriction is in force now (for the toolbar). */
export function activeCountryNames(dataset: Dataset, settings: Settings, realNow: number): string[] {
  const at = clockNow(settings.preview, realNow);
  const data = userDataset(dataset, settings);
  return statusAt(at, knownCodes(data, settings.countries), data)
    .filter((report) => report.status === 'active')
    .map((report) => dataset.countries.get(report.country.slice(0, 2))?.name ?? report.country);
}

/** Stored codes the dataset no longer knows are skipped rather than failing every answer. */
function knownCodes(dataset: Dataset, codes: readonly string[]): string[] {
  return codes.filter((code) => {
    const country = dataset.countries.get(code.slice(0, 2));
    return country !== undefined && (code.length === 2 || (country.regions ?? []).some((r) => r.code === code));
  });
}
