/**
 * The message protocol: one discriminated union per direction, each request
 * mapped to its response type, and valibot schemas so every message and
 * every response is validated where it arrives.
 *
 * Directions (the prefix of `type`): cs-bg content script → background,
 * ui-bg popup/options → background, bg-cs background → content script.
 * The draft's text never appears here: only category names cross, except
 * the phrases found in a false-alarm report, and only when the user ticked
 * the card's option to keep them (they stay on the device: docs/privacy.md).
 */
import * as v from 'valibot';
import { CATEGORIES, WEAK_SIGNALS } from '../../src/detect/categories.ts';
import { verdictSchema } from '../../src/risk/verdict.ts';
import { ELECTION_STATUSES, countryCode, election, instant, localizedText, regionCode, text } from '../../src/rules/schema.ts';
import { areaStatusSchema } from '../../src/rules/status.ts';
import { restrictionSchema } from '../../src/rules/windows.ts';
import { LIMITS, MANAGED_FIELDS, customElection, saneInstant, storedHost } from './settings.ts';
import { falseAlarmListSchema, reportedCategories, reportedCountries, reportedPhrases } from './false-alarms.ts';

const category = v.picklist(CATEGORIES);
const weakSignal = v.picklist(WEAK_SIGNALS);
const areaCode = v.union([countryCode, regionCode]);
/** Each known category at most once: the longest list is the set of categories itself. */
const categoryList = v.pipe(
  v.array(category),
  v.maxLength(CATEGORIES.length, `at most ${CATEGORIES.length} categories`),
  v.check((list) => new Set(list).size === list.length, 'a category must not repeat'),
);
const pageUrl = v.pipe(v.string(), v.maxLength(LIMITS.url, `a URL must be at most ${LIMITS.url} characters`));
const isoDay = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));

// ---- content script → background ----------------------------------------

export const contentRequestSchema = v.variant('type', [
  /** What does a draft with these categories (and these weak signals, such as coded results) risk here and now? */
  v.strictObject({
    type: v.literal('cs-bg/verdict'),
    categories: categoryList,
    weak: v.optional(v.pipe(v.array(weakSignal), v.maxLength(WEAK_SIGNALS.length), v.check((list) => new Set(list).size === list.length, 'a signal must not repeat'))),
  }),
  /**
   * The detector's compiled patterns for the user's selection (see src/detect/selection.ts): the content
   * script carries no lexicon itself. `have`: the key of the patterns the tab already has (then only the key comes back).
   */
  v.strictObject({ type: v.literal('cs-bg/patterns'), have: v.optional(v.pipe(v.string(), v.maxLength(4096))) }),
  /** Pause all warnings for a while (from the badge). */
  v.strictObject({ type: v.literal('cs-bg/snooze'), minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)) }),
  /**
   * "Not about that": keep a false-alarm report on this device. The site is the sender's tab's
   * (the browser's word, never the page's); `phrases` only if the user ticked the card's option.
   */
  v.strictObject({
    type: v.literal('cs-bg/false-alarm'),
    categories: reportedCategories,
    countries: reportedCountries,
    at: v.pipe(saneInstant, v.integer()),
    phrases: v.optional(reportedPhrases),
  }),
  /** "Off on this site": switch warnings off for the sender's tab's site, as the popup's switch does. */
  v.strictObject({ type: v.literal('cs-bg/site-off') }),
  /** "Settings": open the options page. */
  v.strictObject({ type: v.literal('cs-bg/open-settings') }),
]);

export const verdictResponseSchema = v.variant('active', [
  v.strictObject({
    active: v.literal(true),
    verdict: verdictSchema,
    /** An organisation's policy locks the sites switched off: the card's "Off on this site" cannot be used. */
    siteSwitchLocked: v.optional(v.literal(true)),
  }),
  /** Switched off for this site, snoozed, or no country chosen. */
  v.strictObject({ active: v.literal(false) }),
]);

// ---- popup / options → background ---------------------------------------

export const uiRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ui-bg/overview') }),
  v.strictObject({ type: v.literal('ui-bg/set-country'), country: areaCode, enabled: v.boolean() }),
  /** Replay a date (epoch ms, years 1900 to 2100), or null to return to the real clock. */
  v.strictObject({ type: v.literal('ui-bg/set-preview'), at: v.nullable(saneInstant) }),
  v.strictObject({ type: v.literal('ui-bg/add-election'), election: customElection }),
  /** The windows an election would have if it were added (the settings' form shows them before saving); changes nothing. */
  v.strictObject({ type: v.literal('ui-bg/election-windows'), election: customElection }),
  /** End a pause started from the badge. */
  v.strictObject({ type: v.literal('ui-bg/resume') }),
  /** Switch a site that was switched off back on (from the options page's list). */
  v.strictObject({ type: v.literal('ui-bg/enable-site'), host: storedHost }),
  /** Whether Silence Guard runs, and warns, on the page at this URL. */
  v.strictObject({ type: v.literal('ui-bg/site'), url: pageUrl }),
  /**
   * Switch warnings on or off for a site. `justGranted`: the popup has just
   * obtained the host permission, so the script must also be started in `tabId`.
   */
  v.strictObject({
    type: v.literal('ui-bg/set-site'),
    url: pageUrl,
    enabled: v.boolean(),
    tabId: v.optional(v.pipe(v.number(), v.integer())),
    justGranted: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal('ui-bg/remove-election'), country: countryCode, date: isoDay }),
  /** Switch one kind of finding (leak, poll, campaign) on or off. */
  v.strictObject({ type: v.literal('ui-bg/set-category'), category, enabled: v.boolean() }),
  /** The false alarms reported from the card, newest first. */
  v.strictObject({ type: v.literal('ui-bg/false-alarms') }),
  v.strictObject({ type: v.literal('ui-bg/clear-false-alarms') }),
]);

/** An organisation's policy as the UI needs it: which settings it locks, and what in it was invalid. */
export const managedStateSchema = v.strictObject({
  locked: v.array(v.picklist(MANAGED_FIELDS)),
  problems: v.array(v.string()),
});

export const overviewSchema = v.strictObject({
  now: instant,
  preview: v.nullable(saneInstant),
  /** The browser's time zone and the country it suggests, if any. */
  zone: v.string(),
  /** Warnings are paused until this real-clock instant, if paused. */
  snoozedUntil: v.nullable(saneInstant),
  /** Sites where the user switched warnings off. */
  disabledSites: v.array(v.string()),
  suggested: v.nullable(v.string()),
  customElections: v.array(election),
  /** Which kinds of finding warn. */
  categories: v.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, v.boolean()])) as Record<(typeof CATEGORIES)[number], v.BooleanSchema<undefined>>),
  /** Null unless an organisation's policy applies. */
  managed: v.nullable(managedStateSchema),
  countries: v.array(
    v.strictObject({
      code: v.string(),
      name: v.string(),
      enabled: v.boolean(),
      status: areaStatusSchema,
      /** Restrictions in force now. */
      active: v.pipe(v.array(restrictionSchema), v.readonly()),
      /** The next window to start within 30 days, if any. */
      next: v.nullable(restrictionSchema),
      /** The next election on the calendar (today's included), however far off. */
      nextElection: v.nullable(v.strictObject({ date: isoDay, name: text, status: v.picklist(ELECTION_STATUSES) })),
      zone: v.string(),
      regions: v.array(v.strictObject({ code: v.string(), name: localizedText, zone: v.string() })),
    }),
  ),
});

/** An election's windows in the zone it votes in, earliest first; empty when no rule of its country covers its type. */
export const electionWindowsSchema = v.strictObject({ windows: v.pipe(v.array(restrictionSchema), v.readonly()) });

/** Whether Silence Guard runs on a site (see background/site-access.ts), and warns there. */
export const siteStateSchema = v.strictObject({
  host: v.string(),
  /** `builtin`: a site of the manifest; `granted`: one the user switched on; `none`: neither; `unsupported`: not a web page. */
  coverage: v.picklist(['builtin', 'granted', 'none', 'unsupported']),
  /** Whether warnings show there now. */
  enabled: v.boolean(),
});

// ---- background → content script ----------------------------------------

export const backgroundPushSchema = v.variant('type', [
  /** Settings or the windows in force changed: ask for a new verdict. */
  v.strictObject({ type: v.literal('bg-cs/refresh') }),
  /** The user pressed the "open the card" shortcut: the frame with the focused composer opens its card. */
  v.strictObject({ type: v.literal('bg-cs/open-card') }),
]);

/** The answer to a request that only has to be done (or rejected). */
export const doneSchema = v.strictObject({ done: v.literal(true) });

/** What the background answers a tab asking for the detector's patterns (`cs-bg/patterns`). */
export const patternsResponseSchema = v.strictObject({ key: v.string(), patterns: v.optional(v.pipe(v.string(), v.nonEmpty())) });

export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;
export type UiRequest = v.InferOutput<typeof uiRequestSchema>;
export type BackgroundPush = v.InferOutput<typeof backgroundPushSchema>;
export type VerdictResponse = v.InferOutput<typeof verdictResponseSchema>;
export type Overview = v.InferOutput<typeof overviewSchema>;
export type OverviewCountry = Overview['countries'][number];
export type ManagedState = v.InferOutput<typeof managedStateSchema>;
export type ElectionWindows = v.InferOutput<typeof electionWindowsSchema>;
export type SiteStateMessage = v.InferOutput<typeof siteStateSchema>;

export type BackgroundRequest = ContentRequest | UiRequest;
export type RequestType = BackgroundRequest['type'];
/** The request of one type. */
export type RequestOf<K extends RequestType> = Extract<BackgroundRequest, { type: K }>;

/** The schema each response is checked against by whoever receives it: one entry per request type, and no other. */
export const responseSchemas = {
  'cs-bg/verdict': verdictResponseSchema,
  'cs-bg/snooze': verdictResponseSchema,
  'cs-bg/patterns': patternsResponseSchema,
  'cs-bg/false-alarm': doneSchema,
  'cs-bg/site-off': doneSchema,
  'cs-bg/open-settings': doneSchema,
  'ui-bg/overview': overviewSchema,
  'ui-bg/set-country': overviewSchema,
  'ui-bg/set-preview': overviewSchema,
  'ui-bg/add-election': overviewSchema,
  'ui-bg/election-windows': electionWindowsSchema,
  'ui-bg/remove-election': overviewSchema,
  'ui-bg/resume': overviewSchema,
  'ui-bg/enable-site': overviewSchema,
  'ui-bg/set-category': overviewSchema,
  'ui-bg/site': siteStateSchema,
  'ui-bg/set-site': siteStateSchema,
  'ui-bg/false-alarms': falseAlarmListSchema,
  'ui-bg/clear-false-alarms': falseAlarmListSchema,
} as const satisfies { readonly [K in RequestType]: v.GenericSchema };

/** The response type of each request, as its schema parses it. */
export type ResponseOf = { [K in RequestType]: v.InferOutput<(typeof responseSchemas)[K]> };

/** The schema of the response to one type of request, typed by that type (what lets `sendToBackground` return a typed reply without a cast). */
export function responseSchemaFor<K extends RequestType>(type: K): v.GenericSchema<unknown, ResponseOf[K]> {
  const schemas: { readonly [T in RequestType]: v.GenericSchema<unknown, ResponseOf[T]> } = responseSchemas;
  return schemas[type];
}
