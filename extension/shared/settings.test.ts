import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format.ts';
import type { Speaker } from './speaker.ts';
import { INSTANT_MAX, INSTANT_MIN, MAX_SNOOZE_MS, SETTINGS_VERSION, defaultSettings, migrateSettings } from './settings.ts';

const NOW = Date.parse('2026-12-05T10:00:00Z');
const speaker: Speaker = { language: 'en', direction: 'ltr', t: (key) => key };
const current = (overrides: Record<string, unknown> = {}) => ({ ...defaultSettings(), countries: ['FR'], ...overrides });
/** Numbers a corrupt or hostile write could leave: huge, infinite, NaN, negative, fractional, and ordinary instants. */
const anyNumber = fc.oneof(
  fc.constantFrom(9e15, 8.64e15, 1e300, -1e300, Infinity, -Infinity, NaN, -1, 0, -0, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, INSTANT_MIN - 1, INSTANT_MAX + 1),
  fc.double(),
  fc.integer({ min: INSTANT_MIN - 1e12, max: INSTANT_MAX + 1e12 }),
);

describe('migrateSettings', () => {
  it('gives defaults for a first run', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: defaultSettings(), storage: 'keep' });
  });

  it('keeps a valid value as it is', () => {
    const stored = { ...defaultSettings(), countries: ['FR', 'FR-971'], preview: { at: 1, setAt: 2 }, snooze: { until: NOW + 3_600_000, setAt: NOW } };
    expect(migrateSettings(stored)).toEqual({ settings: stored, storage: 'keep', storedVersion: SETTINGS_VERSION });
  });

  it('repairs only the invalid fields and says what was wrong', () => {
    const { settings, problem } = migrateSettings({ ...defaultSettings(), countries: ['FR'], preview: 'yesterday' });
    expect(settings.countries).toEqual(['FR']);
    expect(settings.preview).toBeNull();
    expect(problem).toContain('preview');
    expect(migrateSettings({ ...defaultSettings(), preview: 'yesterday' }).storage).toBe('write');
  });

  it('migrates version 1 settings without losing the countries', () => {
    const v1 = { version: 1, countries: ['FR'], preview: null, snoozedUntil: null, disabledSites: ['example.org'] };
    expect(migrateSettings(v1)).toEqual({
      settings: { ...defaultSettings(), countries: ['FR'], disabledSites: ['example.org'], touched: ['countries', 'disabledSites'] },
      storage: 'write',
      storedVersion: 1,
    });
  });

  it('migrates version 2: every category on, the fields already set count as the user’s own', () => {
    const v2 = { version: 2, countries: ['FR'], preview: null, snoozedUntil: null, disabledSites: [], customElections: [] };
    expect(migrateSettings(v2)).toEqual({ settings: { ...defaultSettings(), countries: ['FR'], touched: ['countries'] }, storage: 'write', storedVersion: 2 });
    expect(migrateSettings({ ...v2, countries: [] }).settings.touched).toEqual([]);
  });

  it('keeps the categories and drops an unknown touched field', () => {
    const { settings } = migrateSettings({ ...defaultSettings(), categories: { leak: true, poll: false, campaign: true }, touched: ['countries', 'colour'] });
    expect(settings.categories).toEqual({ leak: true, poll: false, campaign: true });
    expect(settings.touched).toEqual(['countries']);
  });

  it('drops only the custom election that is invalid', () => {
    const good = { country: 'FR', date: '2027-04-11', name: 'Présidentielle', type: 'presidential', status: 'expected' };
    const { settings, problem } = migrateSettings({ ...defaultSettings(), countries: ['FR'], customElections: [good, { country: 'FR' }] });
    expect(settings.countries).toEqual(['FR']);
    expect(settings.customElections).toEqual([good]);
    expect(problem).toContain('customElections');
  });

  it('survives garbage', () => {
    expect(migrateSettings('garbage').settings).toEqual(defaultSettings());
    expect(migrateSettings(null).settings).toEqual(defaultSettings());
  });

  it('migrates version 3: a pause without a record of when it was set ends (warnings resume)', () => {
    const v3 = { ...defaultSettings(), version: 3, countries: ['FR'], snoozedUntil: NOW + 60_000 } as Record<string, unknown>;
    delete v3.snooze;
    expect(migrateSettings(v3)).toEqual({ settings: { ...defaultSettings(), countries: ['FR'] }, storage: 'write', storedVersion: 3 });
  });

  it('refuses instants out of range instead of clamping them: no preview, no pause', () => {
    for (const bad of [9e15, 1e300, Infinity, -Infinity, NaN, -1e13, Date.UTC(2101, 0, 1), Date.UTC(1899, 11, 31)]) {
      const { settings, problem, storage } = migrateSettings(current({ preview: { at: bad, setAt: NOW }, snooze: { until: bad, setAt: NOW } }));
      expect(settings).toEqual(current());
      expect(problem).toMatch(/preview.*snooze/);
      expect(storage).toBe('write');
    }
    // The edges themselves are fine.
    for (const at of [INSTANT_MIN, INSTANT_MAX - (INSTANT_MAX % 1000)]) {
      expect(migrateSettings(current({ preview: { at, setAt: NOW } })).settings.preview).toEqual({ at, setAt: NOW });
    }
  });

  it('refuses a pause that ends more than a day after it was set, or before it', () => {
    const pause = (until: number, setAt = NOW) => migrateSettings(current({ snooze: { until, setAt } }));
    expect(pause(NOW + MAX_SNOOZE_MS).settings.snooze).toEqual({ until: NOW + MAX_SNOOZE_MS, setAt: NOW });
    expect(pause(NOW + MAX_SNOOZE_MS + 1).settings.snooze).toBeNull();
    expect(pause(Date.UTC(2099, 0, 1)).settings.snooze).toBeNull();
    expect(pause(NOW).settings.snooze).toBeNull();
    expect(pause(NOW - 1).settings.snooze).toBeNull();
    expect(pause(NOW + 1000, 9e15).settings.snooze).toBeNull();
    expect(pause(NOW + 1000).problem).toBeUndefined();
    expect(pause(NOW + MAX_SNOOZE_MS + 1).problem).toContain('24 hours');
  });

  it('property: a stored preview is either kept exactly, inside 1900–2100, or dropped, and always formats', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (at, setAt) => {
        const { settings } = migrateSettings(current({ preview: { at, setAt } }));
        expect(settings.countries).toEqual(['FR']);
        if (settings.preview === null) return;
        expect(settings.preview).toEqual({ at, setAt });
        expect(at).toBeGreaterThanOrEqual(Date.UTC(1900, 0, 1));
        expect(at).toBeLessThan(Date.UTC(2101, 0, 1));
        expect(() => formatDateTime(speaker, settings.preview?.at ?? 0, 'UTC')).not.toThrow();
      }),
    );
  });

  it('property: a stored pause is either kept exactly, ending within a day of when it was set, or dropped', () => {
    fc.assert(
      fc.property(anyNumber, fc.oneof(anyNumber, fc.integer({ min: -MAX_SNOOZE_MS, max: 2 * MAX_SNOOZE_MS }).map((d) => NOW + d)), (setAtRaw, until) => {
        const setAt = Number.isNaN(setAtRaw) ? NOW : setAtRaw;
        const { settings } = migrateSettings(current({ snooze: { until, setAt } }));
        if (settings.snooze === null) return;
        expect(settings.snooze).toEqual({ until, setAt });
        expect(until - setAt).toBeGreaterThan(0);
        expect(until - setAt).toBeLessThanOrEqual(MAX_SNOOZE_MS);
        expect(() => formatDateTime(speaker, until, 'UTC')).not.toThrow();
      }),
    );
  });

  it('property: whatever numbers are stored, the result validates and reading it back changes nothing', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (a, b, c) => {
        const first = migrateSettings(current({ preview: { at: a, setAt: b }, snooze: { until: c, setAt: b } }));
        expect(migrateSettings(first.settings)).toEqual({ settings: first.settings, storage: 'keep', storedVersion: SETTINGS_VERSION });
      }),
    );
  });

  it('never downgrades settings written by a newer version: storage is left alone, known valid fields are used', () => {
    const newer = { ...current(), version: SETTINGS_VERSION + 1, countries: ['FR', 'DE'], colour: 'red', preview: { at: 1e300, setAt: NOW } };
    const read = migrateSettings(newer);
    expect(read.storage).toBe('newer');
    expect(read.storedVersion).toBe(SETTINGS_VERSION + 1);
    expect(read.settings).toEqual({ ...defaultSettings(), countries: ['FR', 'DE'] });
    expect(read.problem).toContain('preview');
    expect(migrateSettings({ version: 99 }).settings).toEqual(defaultSettings());
    expect(migrateSettings({ version: 99 }).storage).toBe('newer');
  });
});
