/**
 * The shape of the rules dataset (`src/data/countries/*.json`) and of the
 * election calendar (`src/data/elections/*.json`), as valibot schemas so the same
 * definition validates the files in tests, at load time, and user-entered
 * custom elections in the options page.
 */
import * as v from 'valibot';
import type { LocalizedText } from './localize.ts';

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const wallClock = v.pipe(
  v.string(),
  v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour local time written HH:MM'),
);
const ianaZone = v.pipe(
  v.string(),
  v.check(isKnownTimeZone, 'must be an IANA time zone such as Europe/Paris'),
);
const webUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'));
const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** Text a user reads, per language: English and French always (see localize.ts). */
export const localizedText = v.strictObject({
  en: nonEmpty,
  fr: nonEmpty,
  de: v.optional(nonEmpty),
  es: v.optional(nonEmpty),
  it: v.optional(nonEmpty),
}) satisfies v.GenericSchema<unknown, LocalizedText>;
/** Localized text, or a plain string (a user's own custom election name). */
export const text = v.union([nonEmpty, localizedText]);

/** An instant as epoch milliseconds (UTC). */
export const instant = v.pipe(v.number(), v.finite());

export const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as FR'));
/** ISO 3166-2 subdivision code, e.g. FR-971 or IN-KA. */
export const regionCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as FR-971'));

/**
 * `straw-polls`: a ban on publishing popularity votes or straw polls (an online
 * vote, a count of likes), which leaves opinion polls lawful (Japan, art. 138-3).
 */
export const RESTRICTION_KINDS = ['campaign', 'polls', 'exit-polls', 'results', 'straw-polls'] as const;
export const restrictionKind = v.picklist(RESTRICTION_KINDS);

/**
 * Whom a rule binds: `everyone` (any person, including a private post),
 * `media` (press, broadcasters, and in some laws online media), `parties`
 * (parties, candidates and their campaign organisers), `pollsters` (those who
 * conduct or publish polls as such).
 */
export const BINDS = ['everyone', 'media', 'parties', 'pollsters'] as const;
export type Bound = (typeof BINDS)[number];
/**
 * `binding`: a statute or a regulation with a sanction. `guidance`: a
 * regulator's recommendation, a press-council code, a voluntary practice.
 */
export const FORCES = ['binding', 'guidance'] as const;
export type Force = (typeof FORCES)[number];
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const confidence = v.picklist(CONFIDENCE_LEVELS);

export const ELECTION_TYPES = [
  'presidential',
  'legislative',
  'european',
  'referendum',
  'regional',
  'local',
  'other',
] as const;
export const electionType = v.picklist(ELECTION_TYPES);

export const ELECTION_STATUSES = ['held', 'confirmed', 'expected', 'scheduled'] as const;

/**
 * Where a window starts or ends, relative to one election.
 * - `{day, time}`: a local wall-clock time, `day` days from election day
 *   (-1 is the eve), in the zone of the area voting (or the country's main
 *   zone with `of: "main"`).
 * - `{anchor, hours}`: N hours (negative = before) from when polls open or
 *   close; `of` picks whose polls: this area's (`self`, default), the main
 *   zone's, or the first/last to open/close anywhere in the country (results
 *   bans that last until the last station closes, multi-phase elections).
 */
export const boundary = v.union([
  v.strictObject({
    day: v.pipe(v.number(), v.integer(), v.minValue(-60), v.maxValue(7)),
    time: wallClock,
    of: v.optional(v.picklist(['self', 'main'])),
  }),
  v.strictObject({
    anchor: v.picklist(['pollsOpen', 'pollsClose']),
    hours: v.optional(v.pipe(v.number(), v.minValue(-24 * 60), v.maxValue(24 * 7))),
    of: v.optional(v.picklist(['self', 'main', 'first', 'last'])),
  }),
]);

/**
 * What a source is: `law` (the statute, regulation or decree text, in an
 * official or legal database), `official` (the election body, regulator,
 * government, parliament or court's own page), `press`, `other` (law firms,
 * NGOs, academic work). A high-confidence rule cites a `law` or `official`
 * source; `kind` is optional in the schema only for older stored custom data.
 */
export const SOURCE_KINDS = ['law', 'official', 'press', 'other'] as const;
export const source = v.strictObject({
  url: webUrl,
  title: nonEmpty,
  kind: v.optional(v.picklist(SOURCE_KINDS)),
});

export const rule = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}-[a-z0-9-]+$/, 'must look like fr-campaign-silence')),
  kind: restrictionKind,
  start: boundary,
  end: boundary,
  /** Plain-language statement of what is forbidden, for the badge. */
  summary: localizedText,
  /** Binding law, or guidance (a recommendation with no sanction). */
  force: v.picklist(FORCES),
  binds: v.pipe(
    v.array(v.picklist(BINDS)),
    v.minLength(1, 'must name whom the rule binds'),
    v.check((list) => new Set(list).size === list.length, 'must not repeat a value'),
    v.check((list) => !list.includes('everyone') || list.length === 1, '"everyone" already covers the others'),
  ),
  legalBasis: nonEmpty,
  penalty: localizedText,
  sources: v.pipe(v.array(source), v.minLength(1, 'needs at least one source')),
  confidence,
  lastVerified: isoDate,
  /** Absent: every election type. */
  electionTypes: v.optional(v.pipe(v.array(electionType), v.minLength(1))),
  notes: v.optional(nonEmpty),
});

export const region = v.strictObject({
  code: regionCode,
  name: localizedText,
  zone: ianaZone,
  pollsOpen: v.optional(wallClock),
  pollsClose: v.optional(wallClock),
});

export const country = v.pipe(v.strictObject({
  code: countryCode,
  name: nonEmpty,
  /** The main zone: a bare country code means this zone. */
  zone: ianaZone,
  /** Whether there is any election-day campaign silence at all. */
  hasCampaignSilence: v.boolean(),
  summary: localizedText,
  /**
   * Country-wide basis and sources. Required when `rules` is empty, so a
   * country recorded as having no restriction still says what was checked.
   */
  legalBasis: v.optional(nonEmpty),
  sources: v.optional(v.pipe(v.array(source), v.minLength(1))),
  pollsOpen: wallClock,
  pollsClose: wallClock,
  regions: v.optional(v.array(region)),
  rules: v.array(rule),
  recentChanges: v.optional(
    v.array(v.strictObject({ date: isoDate, change: nonEmpty, source: v.optional(source) })),
  ),
  lastVerified: isoDate,
  notes: v.optional(nonEmpty),
}), v.forward(
  v.check(
    (c) => c.rules.length > 0 || (c.legalBasis !== undefined && c.sources !== undefined),
    'a country with no rules needs a legalBasis and sources saying what was checked',
  ),
  ['sources'],
));

const regionalVote = v.strictObject({
  /** Region codes voting on this date / with these hours. */
  regions: v.pipe(v.array(regionCode), v.minLength(1)),
  date: v.optional(isoDate),
  endDate: v.optional(isoDate),
  pollsOpen: v.optional(wallClock),
  pollsClose: v.optional(wallClock),
});

export const election = v.strictObject({
  country: countryCode,
  /** Election day; where voting spans several days, the first of them. */
  date: isoDate,
  /** Last voting day where voting spans several days (polls close on it). */
  endDate: v.optional(isoDate),
  /** The zone voting, when not the country's main zone (e.g. a local election in another zone). */
  zone: v.optional(ianaZone),
  /** Localized in the bundled calendar; a user's custom election has the plain name typed. */
  name: text,
  type: electionType,
  /**
   * `held`: took place on that date. `confirmed`: officially called, or fixed
   * by law. `expected`: due but the date is not final (an estimate, said so in
   * the notes). `scheduled`: the older word for `confirmed`, still accepted
   * from custom elections stored by earlier versions.
   */
  status: v.picklist(ELECTION_STATUSES),
  pollsOpen: v.optional(wallClock),
  pollsClose: v.optional(wallClock),
  /** Regions that vote on another day or with other hours. */
  regionalVotes: v.optional(v.array(regionalVote)),
  /** Multi-phase elections: each phase's date and the regions voting in it. */
  phases: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          name: nonEmpty,
          date: isoDate,
          endDate: v.optional(isoDate),
          regions: v.optional(v.array(regionCode)),
        }),
      ),
      v.minLength(2, 'a phased election has at least two phases'),
    ),
  ),
  sources: v.optional(v.array(source)),
  notes: v.optional(nonEmpty),
});

export const calendar = v.array(election);

export type Boundary = v.InferOutput<typeof boundary>;
export type Rule = v.InferOutput<typeof rule>;
export type Region = v.InferOutput<typeof region>;
export type Country = v.InferOutput<typeof country>;
export type Election = v.InferOutput<typeof election>;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];
export type Source = v.InferOutput<typeof source>;
export type { LocalizedText, Text } from './localize.ts';

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
