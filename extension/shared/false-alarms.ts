/**
 * False alarms the user reported from the card ("Not about that"): kept on
 * this device only (storage.local), never sent anywhere, listed and exported
 * from the popup. Pure: the schema, the bounds and the list's rules; the
 * background stores them (background/false-alarm-store.ts).
 */
import * as v from 'valibot';
import { CATEGORIES } from '../../src/detect/categories.ts';
import { countryCode, regionCode } from '../../src/rules/schema.ts';
import { saneInstant, storedHost } from './settings.ts';

export const FALSE_ALARMS_KEY = 'falseAlarms';
/** The newest reports kept: enough to spot a pattern, never a growing log. */
export const MAX_FALSE_ALARMS = 50;
/** The phrases a report may carry (only when the user ticked the option), and their length. */
export const MAX_REPORTED_PHRASES = 10;
export const MAX_PHRASE_LENGTH = 200;

const unique = <T extends string>(what: string) => v.check((list: T[]) => new Set(list).size === list.length, `${what} must not repeat`);

export const reportedCategories = v.pipe(v.array(v.picklist(CATEGORIES)), v.minLength(1), v.maxLength(CATEGORIES.length), unique<(typeof CATEGORIES)[number]>('a category'));
/** The countries (or regions) of the restrictions the card showed. */
export const reportedCountries = v.pipe(v.array(v.union([countryCode, regionCode])), v.minLength(1), v.maxLength(20), unique<string>('a country'));
/** The phrases found, only with the user's explicit consent (the card's option, off by default). */
export const reportedPhrases = v.pipe(
  v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(MAX_PHRASE_LENGTH, `a phrase is at most ${MAX_PHRASE_LENGTH} characters`))),
  v.minLength(1),
  v.maxLength(MAX_REPORTED_PHRASES, `at most ${MAX_REPORTED_PHRASES} phrases`),
);

export const falseAlarmSchema = v.strictObject({
  /** When the warning was given, on the verdict's clock (a preview date shows as that date). */
  at: v.pipe(saneInstant, v.integer()),
  /** The site, as the browser named the sender's tab (never taken from the page). */
  host: storedHost,
  categories: reportedCategories,
  countries: reportedCountries,
  phrases: v.optional(reportedPhrases),
});

export type FalseAlarm = v.InferOutput<typeof falseAlarmSchema>;

export const falseAlarmListSchema = v.pipe(v.array(falseAlarmSchema), v.maxLength(MAX_FALSE_ALARMS));

/**
 * Whatever storage holds under FALSE_ALARMS_KEY, as a valid list: entries
 * that fail the schema are dropped (and said so in `problem`), anything
 * that is not a list gives an empty one. Never throws.
 */
export function readFalseAlarms(raw: unknown): { alarms: FalseAlarm[]; problem?: string } {
  if (raw === undefined) return { alarms: [] };
  if (!Array.isArray(raw)) return { alarms: [], problem: 'the stored false alarms were not a list; starting an empty one' };
  const alarms: FalseAlarm[] = [];
  let dropped = 0;
  for (const item of raw) {
    const parsed = v.safeParse(falseAlarmSchema, item);
    if (parsed.success) alarms.push(parsed.output);
    else dropped += 1;
  }
  const kept = alarms.slice(0, MAX_FALSE_ALARMS);
  dropped += alarms.length - kept.length;
  return dropped === 0 ? { alarms: kept } : { alarms: kept, problem: `${dropped} stored false alarm(s) were invalid or over the limit of ${MAX_FALSE_ALARMS}; dropped` };
}

/** The list with `alarm` first (newest first), at most MAX_FALSE_ALARMS long. */
export function withFalseAlarm(list: readonly FalseAlarm[], alarm: FalseAlarm): FalseAlarm[] {
  return [alarm, ...list].slice(0, MAX_FALSE_ALARMS);
}

/** The export file's content: the list as the popup shows it, with a format marker for whoever reads it. */
export function falseAlarmsExport(list: readonly FalseAlarm[]): string {
  return `${JSON.stringify(
    {
      format: 'silence-guard-false-alarms',
      version: 1,
      falseAlarms: list.map((alarm) => ({ ...alarm, at: new Date(alarm.at).toISOString() })),
    },
    null,
    2,
  )}\n`;
}
