/**
 * The settings kept in storage.local under one key, with a version number
 * and migrations, validated on every read: a corrupt or foreign value falls
 * back to defaults field by field instead of breaking the extension.
 *
 * Every stored instant is checked against a sane range, not only for being a
 * number: an instant outside it (9e15, 1e300, a year 3000 preview, a pause
 * ending days after it was set) is invalid and falls back to its default (no
 * preview, no pause). It is never clamped: a clamped pause would still be a
 * pause the user did not ask for.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../../src/detect/detector.ts';
import { countryCode, election, regionCode } from '../../src/rules/schema.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 4;

/** The settings an organisation's policy can preset or lock (see managed.ts). */
export const MANAGED_FIELDS = ['countries', 'categories', 'disabledSites', 'customElections'] as const;
export type ManagedField = (typeof MANAGED_FIELDS)[number];

/** The earliest and latest instant a preview date, or any stored instant, may be: years 1900 to 2100. */
export const INSTANT_MIN = Date.UTC(1900, 0, 1);
export const INSTANT_MAX = Date.UTC(2101, 0, 1) - 1;
/** The longest pause: the badge offers an hour, and a pause never outlasts a day. */
export const MAX_SNOOZE_MS = 24 * 60 * 60_000;

/** Whether an instant (epoch ms) lies in the years 1900 to 2100. */
export function isSaneInstant(value: number): boolean {
  return Number.isFinite(value) && value >= INSTANT_MIN && value <= INSTANT_MAX;
}

/** An epoch-ms instant in the years 1900 to 2100 (so every date formatter can show it). */
export const saneInstant = v.pipe(
  v.number(),
  v.check((value) => isSaneInstant(value), 'must be an instant between the years 1900 and 2100'),
);

/**
 * Bounds on everything a user, a page or a corrupt write can make long: the
 * worker validates every message and every stored value against them, so no
 * input can make it hold, copy or sort megabytes (a 4 MB election name was
 * accepted before), and no list outgrows what the UI can show.
 */
export const LIMITS = {
  /** A custom election's name, in characters (plain, or each language of a localized one). */
  electionName: 200,
  /** A custom election's notes and any other free text in it, in characters. */
  electionText: 2000,
  /** A custom election as a whole (JSON), in characters: sources, phases and regional votes included. */
  electionJson: 16_384,
  customElections: 200,
  /** Hostnames are at most 253 characters (RFC 1035). */
  hostname: 253,
  disabledSites: 1000,
  /** Every country and region code the dataset could list, with room to spare. */
  countries: 500,
  /** A page URL the popup asks about. */
  url: 65_536,
} as const;

const within = (max: number) => (value: unknown) => typeof value !== 'string' || value.length <= max;

/**
 * A user's (or an organisation's) own election: the calendar's election
 * schema, with its name and text bounded.
 */
export const customElection = v.pipe(
  election,
  v.forward(
    v.check(
      ({ name }) => (typeof name === 'string' ? [name] : Object.values(name)).every(within(LIMITS.electionName)),
      `the name must be at most ${LIMITS.electionName} characters`,
    ),
    ['name'],
  ),
  v.forward(v.check(({ notes }) => within(LIMITS.electionText)(notes), `the notes must be at most ${LIMITS.electionText} characters`), ['notes']),
  v.check((e) => JSON.stringify(e).length <= LIMITS.electionJson, `a custom election must be at most ${LIMITS.electionJson} characters written out`),
);

/** A hostname as stored for a site switched off. */
export const storedHost = v.pipe(v.string(), v.nonEmpty(), v.maxLength(LIMITS.hostname, `a hostname is at most ${LIMITS.hostname} characters`));

export const previewSchema = v.strictObject({
  /** The instant the user wants to replay (epoch ms). */
  at: v.pipe(saneInstant, v.integer()),
  /** When it was set (epoch ms): preview time advances from `at` in real time. */
  setAt: v.pipe(saneInstant, v.integer()),
});

/** A pause of the warnings (from the badge): when it was set and when it ends, both real time. */
export const snoozeSchema = v.pipe(
  v.strictObject({ until: saneInstant, setAt: saneInstant }),
  v.check(({ until, setAt }) => until > setAt && until - setAt <= MAX_SNOOZE_MS, 'a pause must end within 24 hours of when it was set'),
);

export const settingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  /** Countries (or regions) whose rules apply to the user. */
  countries: v.pipe(v.array(v.union([countryCode, regionCode])), v.maxLength(LIMITS.countries)),
  preview: v.nullable(previewSchema),
  /** Warnings paused (from the badge) until `until`; `setAt` is kept to check the pause is at most a day. */
  snooze: v.nullable(snoozeSchema),
  /** Hostnames where the user switched Silence Guard off. */
  disabledSites: v.pipe(v.array(storedHost), v.maxLength(LIMITS.disabledSites)),
  /** Elections the user added (local, regional, referendums…), merged into the calendar. */
  customElections: v.pipe(v.array(customElection), v.maxLength(LIMITS.customElections)),
  /** Which kinds of finding warn: a category switched off never shows the badge. */
  categories: v.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, v.boolean()])) as Record<Category, v.BooleanSchema<undefined>>),
  /**
   * The managed fields the user changed themselves: an organisation's preset
   * (an unlocked policy value) applies only to fields the user never changed.
   */
  touched: v.pipe(v.array(v.picklist(MANAGED_FIELDS)), v.maxLength(MANAGED_FIELDS.length)),
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Preview = v.InferOutput<typeof previewSchema>;
export type Snooze = v.InferOutput<typeof snoozeSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    countries: [],
    preview: null,
    snooze: null,
    disabledSites: [],
    customElections: [],
    categories: allCategoriesOn(),
    touched: [],
  };
}

export function allCategoriesOn(): Record<Category, boolean> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
}

/** Each step turns version N into N + 1. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: custom elections arrived.
  1: (old) => ({ ...old, version: 2, customElections: [] }),
  // 2 → 3: categories can be switched off; the fields a user had already set count as theirs,
  // so an organisation's later preset does not override them.
  2: (old) => ({
    ...old,
    version: 3,
    categories: allCategoriesOn(),
    touched: (['countries', 'disabledSites', 'customElections'] as const).filter((field) => Array.isArray(old[field]) && old[field].length > 0),
  }),
  // 3 → 4: a pause keeps when it was set, so one ending more than a day later can be refused. A
  // version 3 pause has no such record and cannot be checked: it ends (warnings resume, the safe side).
  3: ({ snoozedUntil: _dropped, ...old }) => ({ ...old, version: 4, snooze: null }),
};

/** What reading the stored value gave, and what storage should get back. */
export interface StoredSettings {
  /** The settings to run on. */
  readonly settings: Settings;
  /** What was invalid and fell back to its default, if anything. */
  readonly problem?: string;
  /**
   * - `keep`: storage holds exactly these settings (or nothing yet): nothing to write.
   * - `write`: an older version, or a value that was repaired: write `settings` back, once.
   * - `newer`: written by a newer version of Silence Guard (a downgrade, another profile's
   *   copy): never written over. The fields this version understands, each one valid, are
   *   used in memory (the rest on defaults), so the user keeps the warnings for their
   *   countries; a change is refused rather than saved over the newer data.
   */
  readonly storage: 'keep' | 'write' | 'newer';
  /** The version found in storage, when there was one. */
  readonly storedVersion?: number;
}

/**
 * Reads a stored value of any version. Fields that are invalid fall back to
 * their defaults one by one (and the problem is reported), so a bad write
 * loses only that field and can never brick the extension.
 */
export function migrateSettings(stored: unknown): StoredSettings {
  if (stored === undefined) return { settings: defaultSettings(), storage: 'keep' };
  let value = stored;
  const storedVersion = isRecord(value) && typeof value.version === 'number' ? value.version : undefined;
  if (storedVersion !== undefined && Number.isInteger(storedVersion) && storedVersion > SETTINGS_VERSION) {
    const { settings, problem } = salvage(value);
    return { settings, storage: 'newer', storedVersion, ...(problem === undefined ? {} : { problem }) };
  }
  if (isRecord(value) && storedVersion !== undefined) {
    for (let version = storedVersion; version < SETTINGS_VERSION && MIGRATIONS[version] !== undefined; version += 1) {
      value = (MIGRATIONS[version] as (old: Record<string, unknown>) => Record<string, unknown>)(value as Record<string, unknown>);
    }
  }
  const result = v.safeParse(settingsSchema, value);
  const migrated = storedVersion !== SETTINGS_VERSION;
  const version = storedVersion === undefined ? {} : { storedVersion };
  if (result.success) return { settings: result.output, storage: migrated ? 'write' : 'keep', ...version };
  const problem = result.issues.slice(0, 10).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ');
  return { settings: salvage(value).settings, problem, storage: 'write', ...version };
}

/** Each valid field of `value` over the defaults; in a list, one bad entry costs only that entry. */
function salvage(value: unknown): { settings: Settings; problem?: string } {
  const salvaged: Record<string, unknown> = { ...defaultSettings() };
  const problems: string[] = [];
  if (isRecord(value)) {
    for (const [key, schema] of Object.entries(settingsSchema.entries)) {
      if (key === 'version') continue;
      const field = v.safeParse(schema, value[key]);
      if (field.success) {
        salvaged[key] = field.output;
        continue;
      }
      problems.push(...field.issues.slice(0, 10).map((issue) => `${[key, v.getDotPath(issue)].filter(Boolean).join('.')}: ${issue.message}`));
      if (schema.type === 'array' && Array.isArray(value[key])) {
        // Valid entries, each once, as many as the list may hold.
        const item = (schema as unknown as v.ArraySchema<v.GenericSchema, undefined>).item;
        const kept = [...new Set((value[key] as unknown[]).filter((entry) => v.is(item, entry)))];
        const maxLength = (schema as { pipe?: readonly { type: string; requirement?: unknown }[] }).pipe?.find((action) => action.type === 'max_length')?.requirement;
        salvaged[key] = typeof maxLength === 'number' ? kept.slice(0, maxLength) : kept;
      }
    }
  }
  const settings = v.parse(settingsSchema, salvaged);
  return problems.length === 0 ? { settings } : { settings, problem: problems.join('; ') };
}

/** Settings written by a newer version of Silence Guard are never written over (see migrateSettings). */
export class NewerSettingsError extends Error {
  constructor(version: number | undefined) {
    super(
      `Your settings were saved by a newer version of Silence Guard (settings version ${String(version)}); ` +
        'this version cannot change them without losing data. Update Silence Guard to change settings.',
    );
    this.name = 'NewerSettingsError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
