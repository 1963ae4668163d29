import { browser } from '../shared/browser.ts';
import { SETTINGS_KEY, type Settings, migrateSettings, settingsSchema } from '../shared/settings.ts';
import * as v from 'valibot';

/**
 * storage.local is the only home of settings: the worker may be stopped at
 * any moment, so nothing lives only in its memory. Writes are queued so two
 * quick toggles cannot overwrite each other.
 */
let queue: Promise<unknown> = Promise.resolve();

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, problem } = migrateSettings(stored[SETTINGS_KEY]);
  if (problem !== undefined) console.warn(`Silence Guard: stored settings were partly invalid (${problem}); repaired.`);
  return settings;
}

export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = v.parse(settingsSchema, change(await readSettings()));
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}
