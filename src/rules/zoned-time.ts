import { Temporal } from 'temporal-polyfill';

/**
 * The instant (epoch ms) at which the wall clock in `zone` shows `time` on
 * the date `dayOffset` days after `date`.
 *
 * A wall time skipped by a DST jump resolves to the first valid instant after
 * it ("compatible" disambiguation): a window "from 00:00" on a day whose
 * midnight does not exist (e.g. America/Santiago) starts when that day begins.
 */
export function zonedInstant(zone: string, date: string, dayOffset: number, time: string): number {
  return Temporal.PlainDate.from(date)
    .add({ days: dayOffset })
    .toPlainDateTime(Temporal.PlainTime.from(time))
    .toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** Calendar date (YYYY-MM-DD) in `zone` at `instant`. */
export function zonedDate(zone: string, instant: number): string {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
