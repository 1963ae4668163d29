/**
 * The preview clock's picker: a wall-clock date and time (what
 * `<input type=datetime-local>` holds) read in a chosen zone, and back.
 */
import { Temporal } from 'temporal-polyfill';
import { isSaneInstant } from '../shared/settings.ts';
import type { FieldProblem } from './election-form.ts';
import { FIRST_YEAR, LAST_YEAR, isKnownZone } from './election-form.ts';

const WALL_CLOCK = /^(\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The instant the wall clock of `zone` shows `local` ("2017-05-06T12:00"), or
 * why not. A time skipped by a DST jump is read as the first instant after it.
 */
export function instantFromPicker(local: string, zone: string): { readonly at: number } | { readonly problem: FieldProblem } {
  if (local === '') return { problem: { key: 'optionsPreviewPickMissing' } };
  const match = WALL_CLOCK.exec(local);
  if (match === null) return { problem: { key: 'optionsPreviewPickMissing' } };
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return { problem: { key: 'optionsPreviewYearRange', substitutions: [String(year), String(FIRST_YEAR), String(LAST_YEAR)] } };
  if (!isKnownZone(zone)) return { problem: { key: 'optionsPreviewBadZone', substitutions: [zone] } };
  try {
    const at = Temporal.PlainDateTime.from(local, { overflow: 'reject' }).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
    return isSaneInstant(at) ? { at } : { problem: { key: 'optionsPreviewYearRange', substitutions: [String(year), String(FIRST_YEAR), String(LAST_YEAR)] } };
  } catch {
    return { problem: { key: 'optionsPreviewPickMissing' } };
  }
}

/** What a datetime-local input shows for `instant` on the clock of `zone` (minutes precision). */
export function pickerValue(instant: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}
