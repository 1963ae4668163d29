import { describe, expect, it } from 'vitest';
import { defaultSettings, migrateSettings } from './settings.ts';

describe('migrateSettings', () => {
  it('gives defaults for a first run', () => {
    expect(migrateSettings(undefined)).toEqual({ settings: defaultSettings() });
  });

  it('keeps a valid value as it is', () => {
    const stored = { ...defaultSettings(), countries: ['FR', 'FR-971'], preview: { at: 1, setAt: 2 } };
    expect(migrateSettings(stored)).toEqual({ settings: stored });
  });

  it('repairs only the invalid fields and says what was wrong', () => {
    const { settings, problem } = migrateSettings({ ...defaultSettings(), countries: ['FR'], preview: 'yesterday' });
    expect(settings.countries).toEqual(['FR']);
    expect(settings.preview).toBeNull();
    expect(problem).toContain('preview');
  });

  it('migrates version 1 settings without losing the countries', () => {
    const v1 = { version: 1, countries: ['FR'], preview: null, snoozedUntil: null, disabledSites: ['example.org'] };
    expect(migrateSettings(v1)).toEqual({
      settings: { ...defaultSettings(), countries: ['FR'], disabledSites: ['example.org'], touched: ['countries', 'disabledSites'] },
    });
  });

  it('migrates version 2: every category on, the fields already set count as the user’s own', () => {
    const v2 = { version: 2, countries: ['FR'], preview: null, snoozedUntil: null, disabledSites: [], customElections: [] };
    expect(migrateSettings(v2)).toEqual({ settings: { ...defaultSettings(), countries: ['FR'], touched: ['countries'] } });
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
});
