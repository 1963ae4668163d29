import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewerSettingsError, SETTINGS_KEY, SETTINGS_VERSION, defaultSettings } from '../shared/settings.ts';

/** storage.local in memory, counting writes; no storage.managed (no policy). */
const storage = vi.hoisted(() => {
  const data: Record<string, unknown> = {};
  const writes: Record<string, unknown>[] = [];
  return {
    data,
    writes,
    local: {
      get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items: Record<string, unknown>) => {
        writes.push(structuredClone(items));
        Object.assign(data, structuredClone(items));
      },
    },
  };
});
vi.mock('../shared/browser.ts', () => ({ browser: { storage: { local: storage.local } } }));

const { readSettings, updateSettings } = await import('./settings-store.ts');

const NOW = Date.parse('2026-12-05T10:00:00Z');
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  for (const key of Object.keys(storage.data)) delete storage.data[key];
  storage.writes.length = 0;
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** Lets queued writes run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings store', () => {
  it('writes repaired settings back once, however many reads see the damage, and says so once', async () => {
    storage.data[SETTINGS_KEY] = { ...defaultSettings(), countries: ['FR'], preview: { at: 9e15, setAt: NOW }, snooze: { until: 1e300, setAt: NOW } };
    const reads = await Promise.all(Array.from({ length: 20 }, () => readSettings()));
    for (const settings of reads) expect(settings).toEqual({ ...defaultSettings(), countries: ['FR'] });
    await settle();
    expect(storage.writes).toEqual([{ [SETTINGS_KEY]: { ...defaultSettings(), countries: ['FR'] } }]);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/preview.*snooze.*repaired and saved/);
    // Now valid: later reads neither write nor warn.
    await readSettings();
    await settle();
    expect(storage.writes).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('writes migrated settings back in the current version', async () => {
    storage.data[SETTINGS_KEY] = { version: 1, countries: ['FR'], preview: null, snoozedUntil: null, disabledSites: [] };
    await readSettings();
    await settle();
    expect(storage.writes).toHaveLength(1);
    expect(storage.data[SETTINGS_KEY]).toMatchObject({ version: SETTINGS_VERSION, countries: ['FR'], snooze: null });
  });

  it('a repair never overwrites a change made at the same time', async () => {
    storage.data[SETTINGS_KEY] = { ...defaultSettings(), countries: ['FR'], snooze: { until: Infinity, setAt: NOW } };
    const reading = readSettings();
    const changing = updateSettings((current) => ({ ...current, countries: [...current.countries, 'DE'] }));
    await Promise.all([reading, changing]);
    await settle();
    expect(storage.data[SETTINGS_KEY]).toMatchObject({ countries: ['FR', 'DE'], snooze: null });
  });

  it('never writes over settings of a newer version: reads use what this version knows, changes are refused', async () => {
    const newer = { ...defaultSettings(), version: SETTINGS_VERSION + 1, countries: ['FR'], future: { anything: true } };
    storage.data[SETTINGS_KEY] = newer;
    expect((await readSettings()).countries).toEqual(['FR']);
    await readSettings();
    await settle();
    await expect(updateSettings((current) => ({ ...current, countries: [] }))).rejects.toThrow(NewerSettingsError);
    await expect(updateSettings((current) => current)).rejects.toThrow('newer version of Silence Guard');
    expect(storage.writes).toEqual([]);
    expect(storage.data[SETTINGS_KEY]).toEqual(newer);
    expect(warn).toHaveBeenCalledOnce();
  });
});
