/** Date and countdown formatting for the badge, in the browser's UI language. */

export function formatInstant(instant: number, language: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the explicit fields.
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** [unit, its length, the remaining time from which it is used] — hours up to two days read better than "tomorrow". */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['day', 86_400_000, 2 * 86_400_000],
  ['hour', 3_600_000, 3_600_000],
  ['minute', 60_000, 60_000],
];

/** "in 31 hours", "in 3 minutes": the largest fitting unit, rounded down. */
export function formatCountdown(milliseconds: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  const remaining = Math.max(0, milliseconds);
  for (const [unit, size, from] of UNITS) {
    if (remaining >= from) return format.format(Math.floor(remaining / size), unit);
  }
  return format.format(Math.ceil(remaining / 1000), 'second');
}
