/**
 * Dates, countdowns and country names for every UI (card, popup, settings,
 * welcome page), in the UI language (see speaker.ts).
 *
 * One rule for times: a restriction's time is given in its country's zone,
 * named by its city, with the user's own time in brackets when it differs:
 * "Sun 7 May 2017, 20:00 Paris time (your time: 14:00)".
 */
import { placeOfZone } from './places.ts';
import type { Speaker } from './speaker.ts';

/** Weekday, date and time on the wall clock of `zone` (the browser's zone if none); the year only when it is not this year. */
export function formatDateTime(s: Speaker, instant: number, zone?: string, now: number = Date.now()): string {
  const sameYear = yearIn(instant, zone) === yearIn(now, zone);
  return new Intl.DateTimeFormat(s.language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
    ...(zone === undefined ? {} : { timeZone: zone }),
  }).format(instant);
}

/** A calendar day written YYYY-MM-DD, as a long date in the UI language ("4 December 2026"). */
export function formatDay(s: Speaker, isoDate: string): string {
  return new Intl.DateTimeFormat(s.language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${isoDate}T00:00:00Z`));
}

/** Hours and minutes on the wall clock of `zone`. */
export function formatClock(s: Speaker, instant: number, zone?: string): string {
  return new Intl.DateTimeFormat(s.language, { hour: 'numeric', minute: '2-digit', ...(zone === undefined ? {} : { timeZone: zone }) }).format(instant);
}

/**
 * The time rule: `instant` in `zone` named by its city, plus the user's time
 * when `userZone` shows another wall-clock time (only hours when it is the
 * same day there).
 */
export function formatZoned(s: Speaker, instant: number, zone: string, userZone: string | undefined, now: number = Date.now()): string {
  const time = formatDateTime(s, instant, zone, now);
  const place = placeOfZone(zone, s.language);
  if (userZone === undefined || offsetIn(instant, zone) === offsetIn(instant, userZone)) return s.t('timeInPlace', [time, place]);
  const yours = dateIn(instant, zone) === dateIn(instant, userZone) ? formatClock(s, instant, userZone) : formatDateTime(s, instant, userZone, now);
  return s.t('timeInPlaceYours', [time, place, yours]);
}

/** The user's browser zone, where the platform tells it. */
export function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** A country's name in the UI language (the dataset's English name as a fallback). */
export function countryName(s: Speaker, code: string, fallback: string): string {
  return displayName(s.language, code) ?? fallback;
}

/** A region (country) name in any language, or undefined. */
export function displayName(language: string, code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
    return name === code ? undefined : name;
  } catch {
    return undefined;
  }
}

/** Lower-case, accent-free text for forgiving search ("Etats" finds "États-Unis"). */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** [unit, its length, the remaining time from which it is used] — hours up to two days read better than "tomorrow". */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['day', 86_400_000, 2 * 86_400_000],
  ['hour', 3_600_000, 3_600_000],
  ['minute', 60_000, 60_000],
];

/** "in 31 hours", "dans 3 minutes": the largest fitting unit, rounded down, in the UI language. */
export function formatCountdown(s: Speaker, milliseconds: number): string {
  const format = new Intl.RelativeTimeFormat(s.language, { numeric: 'always' });
  const remaining = Math.max(0, milliseconds);
  for (const [unit, size, from] of UNITS) {
    if (remaining >= from) return format.format(Math.floor(remaining / size), unit);
  }
  return format.format(Math.ceil(remaining / 1000), 'second');
}

function yearIn(instant: number, zone: string | undefined): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', ...(zone === undefined ? {} : { timeZone: zone }) }).format(instant);
}

function dateIn(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function offsetIn(instant: number, zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
}
