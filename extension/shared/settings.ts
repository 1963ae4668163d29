/**
 * The settings kept in storage.local under one key, with a version number
 * and migrations, validated on every read: a corrupt or foreign value falls
 * back to defaults instead of breaking the extension.
 */
import * as v from 'valibot';
import { countryCode, regionCode } from '../../src/rules/schema.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 1;

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
});

export type Settings = v.InferOutput<typeof settingsSchema>;
export type Preview = v.InferOutput<typeof previewSchema>;

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, countries: [], preview: null, snoozedUntil: null, disabledSites: [] };
}

/**
 * Reads a stored value of any earlier version. Fields that are invalid fall
 * back to their defaults one by one (and the problem is reported), so a bad
 * write loses only that field and can never brick the extension.
 */
export function migrateSettings(stored: unknown): { settings: Settings; problem?: string } {
  if (stored === undefined) return { settings: defaultSettings() };
  const result = v.safeParse(settingsSchema, stored);
  if (result.success) return { settings: result.output };
  const problem = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`).join('; ');
  const salvaged: Record<string, unknown> = { ...defaultSettings() };
  if (typeof stored === 'object' && stored !== null) {
    for (const [key, schema] of Object.entries(settingsSchema.entries)) {
      if (key === 'version') continue;
      const field = v.safeParse(schema, (stored as Record<string, unknown>)[key]);
      if (field.success) salvaged[key] = field.output;
    }
  }
  return { settings: v.parse(settingsSchema, salvaged), problem };
}
