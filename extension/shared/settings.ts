/**
 * The settings kept in storage.local under one key, with a version number
 * and migrations, validated on every read: a corrupt or foreign value falls
 * back to defaults field by field instead of breaking the extension.
 */
import * as v from 'valibot';
import { CATEGORIES, type Category } from '../../src/detect/detector.ts';
import { countryCode, election, regionCode } from '../../src/rules/schema.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 3;

/** The settings an organisation's policy can preset or lock (see managed.ts). */
export const MANAGED_FIELDS = ['countries', 'categories', 'disabledSites', 'customElections'] as const;
export type ManagedField = (typeof MANAGED_FIELDS)[number];

export const previewSchema = v.strictObject({
  /** The instant the user wants to replay (epoch ms). */
  at: v.pipe(v.number(), v.integer()),
  /** When it was set (epoch ms): preview time advances from `at` in real time. */
  setAt: v.pipe(v.number(), v.integer()),
});

export const settingsSchema = v.strictObject({
  version: v.literal(SETTINGS_VERSION),
  /** Countries (or regions) whose rules apply to the user. */
  countries: v.array(v.union([countryCode, regionCode])),
  preview: v.nullable(previewSchema),
  /** Warnings paused until this instant (epoch ms, real time). */
  snoozedUntil: v.nullable(v.number()),
  /** Hostnames where the user switched Silence Guard off. */
  disabledSites: v.array(v.pipe(v.string(), v.nonEmpty())),
  /** Elections the user added (local, regional, referendums…), merged into the calendar. */
  customElections: v.array(election),
  /** Which kinds of finding warn: a category switched off never shows the badge. */
  categories: v.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, v.boolean()])) as Record<Category, v.BooleanSchema<undefined>>),
  /**
   * The managed fields the user changed themselves: an organisation's preset
   * (an unlocked policy value) applies only to fields the user never changed.
   */
  touched: v.array(v.picklist(MANAGED_FIELDS)),
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Preview = v.InferOutput<typeof previewSchema>;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    countries: [],
    preview: null,
    snoozedUntil: null,
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
};

/**
 * Reads a stored value of any earlier version. Fields that are invalid fall
 * back to their defaults one by one (and the problem is reported), so a bad
 * write loses only that field and can never brick the extension.
 */
export function migrateSettings(stored: unknown): { settings: Settings; problem?: string } {
  if (stored === undefined) return { settings: defaultSettings() };
  let value = stored;
  if (isRecord(value) && typeof value.version === 'number') {
    for (let version = value.version; version < SETTINGS_VERSION && MIGRATIONS[version] !== undefined; version += 1) {
      value = (MIGRATIONS[version] as (old: Record<string, unknown>) => Record<string, unknown>)(value as Record<string, unknown>);
    }
  }
  const result = v.safeParse(settingsSchema, value);
  if (result.success) return { settings: result.output };
  const problem = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ');
  const salvaged: Record<string, unknown> = { ...defaultSettings() };
  if (isRecord(value)) {
    for (const [key, schema] of Object.entries(settingsSchema.entries)) {
      if (key === 'version') continue;
      const field = v.safeParse(schema, value[key]);
      if (field.success) salvaged[key] = field.output;
      // In a list, one bad entry costs only that entry.
      else if (schema.type === 'array' && Array.isArray(value[key])) {
        salvaged[key] = (value[key] as unknown[]).filter((item) => v.is((schema as v.ArraySchema<v.GenericSchema, undefined>).item, item));
      }
    }
  }
  return { settings: v.parse(settingsSchema, salvaged), problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
