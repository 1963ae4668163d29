/**
 * `statusAt`: which restrictions are in force, and which start soon, for a
 * set of countries (or regions) at one instant.
 */
import * as v from 'valibot';
import type { LocalizedText } from './localize.ts';
import type { Country, Election } from './schema.ts';
import { DAY_MS } from './zoned-time.ts';
import { type AreaVote, type ElectionAreas, type Restriction, allVotes, electionAreas, restrictionsFor } from './windows.ts';

export const UPCOMING_HORIZON_MS = 30 * DAY_MS;

/** `active`: some restriction in force; `upcoming`: one starts within UPCOMING_HORIZON_MS; `clear`: neither. */
export const areaStatusSchema = v.picklist(['active', 'upcoming', 'clear']);
export type AreaStatus = v.InferOutput<typeof areaStatusSchema>;

export interface AreaReport {
  readonly status: AreaStatus;
  readonly restrictions: readonly Restriction[];
  readonly upcoming: readonly Restriction[];
}

export interface RegionReport extends AreaReport {
  readonly region: string;
  readonly name: LocalizedText;
  readonly zone: string;
}

export interface CountryReport extends AreaReport {
  /** The code asked for: a country code, or a region code for that region alone. */
  readonly country: string;
  readonly regions?: readonly RegionReport[];
}

export interface Dataset {
  readonly countries: ReadonlyMap<string, Country>;
  readonly calendar: readonly Election[];
}

export class UnknownAreaError extends Error {
  constructor(readonly code: string) {
    super(`unknown country or region code "${code}"`);
  }
}

/** Splits "FR" or "FR-971" into its country and, if any, its region. */
export function lookupArea(dataset: Dataset, code: string): { country: Country; region?: string } {
  const country = dataset.countries.get(code.slice(0, 2));
  if (country === undefined) throw new UnknownAreaError(code);
  if (code.length === 2) return { country };
  if (!(country.regions ?? []).some((region) => region.code === code)) throw new UnknownAreaError(code);
  return { country, region: code };
}

export function statusAt(at: number, codes: readonly string[], dataset: Dataset): CountryReport[] {
  return codes.map((code) => {
    const { country, region } = lookupArea(dataset, code);
    const elections = dataset.calendar.filter((election) => election.country === country.code);
    const perElection = elections.map((election) => ({ election, areas: electionAreas(country, election) }));
    const windowsOf = (pick: (areas: ElectionAreas) => readonly AreaVote[]) =>
      perElection.flatMap(({ election, areas }) => restrictionsFor(country, election, pick(areas), areas));

    if (region !== undefined) {
      return { country: code, ...report(at, windowsOf((areas) => areas.regions.get(region) ?? [])) };
    }
    const regions = (country.regions ?? []).map(
      (r): RegionReport => ({
        region: r.code,
        name: r.name,
        zone: r.zone,
        ...report(at, windowsOf((areas) => areas.regions.get(r.code) ?? [])),
      }),
    );
    return {
      country: code,
      ...report(at, windowsOf((areas) => areas.main)),
      ...(regions.length > 0 ? { regions } : {}),
    };
  });
}

function report(at: number, windows: readonly Restriction[]): AreaReport {
  const restrictions = windows.filter((w) => w.start <= at && at < w.end).sort(byStart);
  const upcoming = windows.filter((w) => at < w.start && w.start <= at + UPCOMING_HORIZON_MS).sort(byStart);
  const status: AreaStatus = restrictions.length > 0 ? 'active' : upcoming.length > 0 ? 'upcoming' : 'clear';
  return { status, restrictions, upcoming };
}

function byStart(a: Restriction, b: Restriction): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

/**
 * The next instant after `at` at which some window of these areas opens or
 * closes, or will open in `leads` ms (the worker arms an alarm there), or
 * undefined if none is known.
 */
export function nextBoundaryAfter(at: number, codes: readonly string[], dataset: Dataset, leads: readonly number[] = []): number | undefined {
  let next: number | undefined;
  for (const code of codes) {
    const { country } = lookupArea(dataset, code);
    for (const election of dataset.calendar) {
      if (election.country !== country.code) continue;
      const areas = electionAreas(country, election);
      for (const w of restrictionsFor(country, election, allVotes(areas), areas)) {
        for (const instant of [w.start, w.end, w.start - UPCOMING_HORIZON_MS, ...leads.map((lead) => w.start - lead)]) {
          if (instant > at && (next === undefined || instant < next)) next = instant;
        }
      }
    }
  }
  return next;
}
