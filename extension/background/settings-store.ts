import * as v from 'valibot';
import { loadDataset } from '../../src/data/load.ts';
import { browser } from '../shared/browser.ts';
import { type ManagedPolicy, applyChange, effectiveSettings, parsePolicy } from '../shared/managed.ts';
import { datasetChecks } from './policy.ts';
import type { ManagedState } from '../shared/messages.ts';
import { NewerSettingsError, SETTINGS_KEY, SETTINGS_VERSION, type Settings, type StoredSettings, migrateSettings, settingsSchema } from '../shared/settings.ts';

/**
 * storage.local is the only home of the user's settings: the worker may be
 * stopped at any moment, so nothing lives only in its memory. Writes are
 * queued so two quick toggles cannot overwrite each other. An organisation's
 * policy (storage.managed) is read on every use and merged over them
 * (managed.ts): callers only ever see the settings in effect.
 */
let queue: Promise<unknown> = Promise.resolve();
const reported = new Set<string>();
/** The write-back of repaired or migrated settings under way, if any: many reads at once start one. */
let repairing: Promise<void> | undefined;

async function readStored(): Promise<StoredSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

async function readUserSettings(): Promise<Settings> {
  const read = await readStored();
  if (read.storage === 'write') void writeBack();
  if (read.storage === 'newer') warnOnce(`settings version ${String(read.storedVersion)} is newer than this version's (${SETTINGS_VERSION}); running on what this version understands, storage left untouched`);
  return read.settings;
}

/**
 * Stores migrated or repaired settings once, in the write queue (so it cannot
 * overwrite a change in flight), and says what was repaired once.
 */
function writeBack(): Promise<void> {
  repairing ??= (async () => {
    try {
      const run = queue.then(async () => {
        // Read again in the queue: a change may have stored valid settings since.
        const read = await readStored();
        if (read.storage !== 'write') return;
        if (read.problem !== undefined) console.warn(`Silence Guard: stored settings were partly invalid (${read.problem}); repaired and saved.`);
        await browser.storage.local.set({ [SETTINGS_KEY]: v.parse(settingsSchema, read.settings) });
      });
      queue = run.catch(() => undefined);
      await run;
    } catch (error) {
      console.error('Silence Guard: could not save the repaired settings:', error);
    } finally {
      repairing = undefined;
    }
  })();
  return repairing;
}

function warnOnce(problem: string): void {
  if (reported.has(problem)) return;
  reported.add(problem);
  console.warn(`Silence Guard: ${problem}`);
}

/**
 * The organisation's policy and what was wrong in it. No policy where the
 * browser has none: Firefox without an enterprise policy for the extension
 * rejects the read ("Managed storage manifest not found"), Chromium gives {},
 * and Firefox for Android has no storage.managed at all.
 */
export async function readPolicy(): Promise<{ policy: ManagedPolicy | undefined; problems: readonly string[] }> {
  const area = (browser.storage as { managed?: { get(): Promise<Record<string, unknown>> } }).managed;
  if (area === undefined) return { policy: undefined, problems: [] };
  let raw: unknown;
  try {
    raw = await area.get();
  } catch {
    return { policy: undefined, problems: [] };
  }
  const parsed = parsePolicy(raw, datasetChecks(loadDataset()));
  for (const problem of parsed.problems) warnOnce(`the organisation's policy: ${problem}`);
  return parsed;
}

/** What the popup and settings page show about the policy; null without one. */
export async function readManagedState(): Promise<ManagedState | null> {
  const { policy, problems } = await readPolicy();
  return policy === undefined && problems.length === 0 ? null : { locked: [...(policy?.locked ?? [])], problems: [...problems] };
}

/**
 * The settings in effect: the user's own with the policy's presets and locks
 * applied. Stored settings that had to be migrated or repaired are saved back
 * once (in the background of this read).
 */
export async function readSettings(): Promise<Settings> {
  return effectiveSettings(await readUserSettings(), (await readPolicy()).policy);
}

/**
 * Applies a change to the settings in effect and stores the user's side of
 * it. Rejects (LockedSettingError) if the change touches a locked setting,
 * and (NewerSettingsError) if storage holds a newer version's settings.
 * `byUser: false` for changes the extension makes on its own.
 */
export function updateSettings(change: (current: Settings) => Settings, options?: { byUser?: boolean }): Promise<Settings> {
  const run = queue.then(async () => {
    const { policy } = await readPolicy();
    const read = await readStored();
    if (read.storage === 'newer') throw new NewerSettingsError(read.storedVersion);
    const { user, effective } = applyChange(read.settings, policy, change, options);
    await browser.storage.local.set({ [SETTINGS_KEY]: v.parse(settingsSchema, user) });
    return effective;
  });
  queue = run.catch(() => undefined);
  return run;
}
