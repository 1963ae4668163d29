import { Temporal } from 'temporal-polyfill';

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 date-time ("2017-05-06T12:00+02:00", "…Z") to epoch ms.
 * Without an offset the wall time is read in `localZone` (unless
 * `requireOffset`); a bare date means its midnight. Impossible dates such as
 * 2017-02-30 are rejected rather than rolled over. Undefined when invalid.
 */
export function parseInstant(
  text: string,
  { localZone, requireOffset = false }: { localZone?: string; requireOffset?: boolean } = {},
): number | undefined {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, date, time = '00:00', offset] = match;
  if (offset === undefined && requireOffset) return undefined;
  try {
    const wall = Temporal.PlainDateTime.from(`${date}T${time}`, { overflow: 'reject' });
    if (offset !== undefined) {
      const normalised = offset.toUpperCase() === 'Z' ? '+00:00' : offset.length === 3 ? `${offset}:00` : offset;
      return wall.toZonedDateTime(normalised).epochMilliseconds;
    }
    const zone = localZone ?? Temporal.Now.timeZoneId();
    return wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
  } catch {
    return undefined;
  }
}
