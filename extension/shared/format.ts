/** Dates, countdowns and country names for every UI (badge, popup, options), in the browser's UI language. */
import { uiLanguage } from './i18n.ts';

/** Date and time with the zone's short name; dateStyle/timeStyle cannot be combined with timeZoneName. */
export function formatDateTime(instant: number, zone?: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(zone === undefined ? {} : { timeZone: zone }),
    timeZoneName: 'short',
  }).format(instant);
}

/** A country's name in the UI language (the dataset's English name as a fallback). */
export function countryName(code: string, fallback: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? fallback;
  } catch {
    return fallback;
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

/** "in 31 hours", "in 3 minutes": the largest fitting unit, rounded down. */
export function formatCountdown(milliseconds: number): string {
  const format = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'always' });
  const remaining = Math.max(0, milliseconds);
  for (const [unit, size, from] of UNITS) {
    if (remaining >= from) return format.format(Math.floor(remaining / size), unit);
  }
  return format.format(Math.ceil(remaining / 1000), 'second');
}
