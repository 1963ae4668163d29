/**
 * The message protocol: one discriminated union per direction, each request
 * mapped to its response type, and valibot schemas so every message and
 * every response is validated where it arrives.
 *
 * Directions (the prefix of `type`): cs-bg content script → background,
 * ui-bg popup/options → background, bg-cs background → content script.
 * The draft's text never appears here: only category names cross.
 */
import * as v from 'valibot';
import { CATEGORIES, WEAK_SIGNALS } from '../../src/detect/detector.ts';
import { BINDS, FORCES, RESTRICTION_KINDS, countryCode, election, localizedText, regionCode, text } from '../../src/rules/schema.ts';
import { MANAGED_FIELDS, saneInstant } from './settings.ts';
import type { Verdict } from '../../src/risk/verdict.ts';

const category = v.picklist(CATEGORIES);
const weakSignal = v.picklist(WEAK_SIGNALS);
const instant = v.pipe(v.number(), v.finite());
const areaCode = v.union([countryCode, regionCode]);

const restriction = v.object({
  country: v.string(),
  area: v.string(),
  zone: v.string(),
  ruleId: v.string(),
  kind: v.picklist(RESTRICTION_KINDS),
  start: instant,
  end: instant,
  election: v.object({ date: v.string(), name: text }),
  summary: localizedText,
  force: v.picklist(FORCES),
  binds: v.pipe(v.array(v.picklist(BINDS)), v.readonly()),
  legalBasis: v.string(),
  penalty: localizedText,
  sources: v.pipe(v.array(v.object({ url: v.string(), title: v.string() })), v.readonly()),
  confidence: v.picklist(['high', 'medium', 'low']),
});

export const verdictSchema = v.object({
  level: v.picklist(['none', 'caution', 'warning']),
  reasons: v.array(v.object({ category, restriction, startsSoon: v.optional(v.literal(true)), weak: v.optional(weakSignal) })),
  until: v.nullable(instant),
  at: instant,
});

// ---- content script → background ----------------------------------------

export const contentRequestSchema = v.variant('type', [
  /** What does a draft with these categories (and these weak signals, such as coded results) risk here and now? */
  v.strictObject({ type: v.literal('cs-bg/verdict'), categories: v.array(category), weak: v.optional(v.pipe(v.array(weakSignal), v.maxLength(WEAK_SIGNALS.length))) }),
  /**
   * The detector's compiled patterns for the user's selection (see src/detect/selection.ts): the content
   * script carries no lexicon itself. `have`: the key of the patterns the tab already has (then only the key comes back).
   */
  v.strictObject({ type: v.literal('cs-bg/patterns'), have: v.optional(v.string()) }),
  /** Pause all warnings for a while (from the badge). */
  v.strictObject({ type: v.literal('cs-bg/snooze'), minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)) }),
]);

export const verdictResponseSchema = v.variant('active', [
  v.strictObject({ active: v.literal(true), verdict: verdictSchema }),
  /** Switched off for this site, snoozed, or no country chosen. */
  v.strictObject({ active: v.literal(false) }),
]);

// ---- popup / options → background ---------------------------------------

export const uiRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ui-bg/overview') }),
  v.strictObject({ type: v.literal('ui-bg/set-country'), country: areaCode, enabled: v.boolean() }),
  /** Replay a date (epoch ms, years 1900 to 2100), or null to return to the real clock. */
  v.strictObject({ type: v.literal('ui-bg/set-preview'), at: v.nullable(saneInstant) }),
  v.strictObject({ type: v.literal('ui-bg/add-election'), election }),
  /** End a pause started from the badge. */
  v.strictObject({ type: v.literal('ui-bg/resume') }),
  /** Switch a site that was switched off back on (from the options page's list). */
  v.strictObject({ type: v.literal('ui-bg/enable-site'), host: v.pipe(v.string(), v.nonEmpty()) }),
  /** Whether Silence Guard runs, and warns, on the page at this URL. */
  v.strictObject({ type: v.literal('ui-bg/site'), url: v.string() }),
  /**
   * Switch warnings on or off for a site. `justGranted`: the popup has just
   * obtained the host permission, so the script must also be started in `tabId`.
   */
  v.strictObject({
    type: v.literal('ui-bg/set-site'),
    url: v.string(),
    enabled: v.boolean(),
    tabId: v.optional(v.pipe(v.number(), v.integer())),
    justGranted: v.optional(v.boolean()),
  }),
  v.strictObject({ type: v.literal('ui-bg/remove-election'), country: countryCode, date: v.string() }),
  /** Switch one kind of finding (leak, poll, campaign) on or off. */
  v.strictObject({ type: v.literal('ui-bg/set-category'), category, enabled: v.boolean() }),
]);

const areaStatus = v.picklist(['active', 'upcoming', 'clear']);

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
      status: areaStatus,
      /** Restrictions in force now. */
      active: v.pipe(v.array(restriction), v.readonly()),
      /** The next window to start within 30 days, if any. */
      next: v.nullable(restriction),
      zone: v.string(),
      regions: v.array(v.strictObject({ code: v.string(), name: localizedText, zone: v.string() })),
    }),
  ),
});

export const siteStateSchema = v.strictObject({
  host: v.string(),
  coverage: v.picklist(['builtin', 'granted', 'none', 'unsupported']),
  enabled: v.boolean(),
});

// ---- background → content script ----------------------------------------

export const backgroundPushSchema = v.variant('type', [
  /** Settings or the windows in force changed: ask for a new verdict. */
  v.strictObject({ type: v.literal('bg-cs/refresh') }),
]);

export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;
export type UiRequest = v.InferOutput<typeof uiRequestSchema>;
export type BackgroundPush = v.InferOutput<typeof backgroundPushSchema>;
export type VerdictResponse = { active: true; verdict: Verdict } | { active: false };
export type Overview = v.InferOutput<typeof overviewSchema>;
export type OverviewCountry = Overview['countries'][number];
export type ManagedState = v.InferOutput<typeof managedStateSchema>;

/** The response type of each request. */
export interface ResponseOf {
  'cs-bg/verdict': VerdictResponse;
  'cs-bg/snooze': VerdictResponse;
  'cs-bg/patterns': { key: string; patterns?: string };
  'ui-bg/overview': Overview;
  'ui-bg/set-country': Overview;
  'ui-bg/set-preview': Overview;
  'ui-bg/add-election': Overview;
  'ui-bg/remove-election': Overview;
  'ui-bg/resume': Overview;
  'ui-bg/enable-site': Overview;
  'ui-bg/set-category': Overview;
  'ui-bg/site': SiteStateMessage;
  'ui-bg/set-site': SiteStateMessage;
}

export type SiteStateMessage = v.InferOutput<typeof siteStateSchema>;

export type BackgroundRequest = ContentRequest | UiRequest;
export type RequestType = BackgroundRequest['type'];

/** The schema each response is checked against by whoever receives it. */
export const responseSchemas = {
  'cs-bg/verdict': verdictResponseSchema,
  'cs-bg/snooze': verdictResponseSchema,
  'cs-bg/patterns': v.strictObject({ key: v.string(), patterns: v.optional(v.pipe(v.string(), v.nonEmpty())) }),
  'ui-bg/overview': overviewSchema,
  'ui-bg/set-country': overviewSchema,
  'ui-bg/set-preview': overviewSchema,
  'ui-bg/add-election': overviewSchema,
  'ui-bg/remove-election': overviewSchema,
  'ui-bg/resume': overviewSchema,
  'ui-bg/enable-site': overviewSchema,
  'ui-bg/set-category': overviewSchema,
  'ui-bg/site': siteStateSchema,
  'ui-bg/set-site': siteStateSchema,
} as const satisfies { [K in RequestType]: v.GenericSchema };
