import zoneCountries from '../data/zone-countries.json' with { type: 'json' };

const ZONES: Readonly<Record<string, string>> = zoneCountries;

/** The country whose rules most likely apply to someone whose clock is set to `zone`. */
export function countryForZone(zone: string | undefined): string | undefined {
  return zone === undefined ? undefined : ZONES[zone];
}
