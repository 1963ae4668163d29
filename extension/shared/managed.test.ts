import { describe, expect, it } from 'vitest';
import { LockedSettingError, applyChange, effectiveSettings, isHostname, parsePolicy } from './managed.ts';
import { type Settings, allCategoriesOn, defaultSettings } from './settings.ts';

const municipales = { country: 'FR', date: '2026-03-15', name: 'Municipales', type: 'local', status: 'confirmed' } as const;

function user(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

describe('parsePolicy', () => {
  it('reads no policy from nothing, an empty object or only unknown keys', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: undefined, problems: [] });
    expect(parsePolicy({})).toEqual({ policy: undefined, problems: [] });
    expect(parsePolicy({ colour: 'red' })).toEqual({ policy: undefined, problems: ['colour: not a setting Silence Guard knows; ignored'] });
    expect(parsePolicy('FR').policy).toBeUndefined();
    expect(parsePolicy(['FR']).policy).toBeUndefined();
  });

  it('reads a full policy', () => {
    const raw = {
      countries: ['FR', 'FR-971'],
      categories: { leak: true, poll: true, campaign: false },
      disabledSites: ['intranet.example.org'],
      customElections: [municipales],
      locked: ['countries', 'categories'],
    };
    expect(parsePolicy(raw)).toEqual({ policy: raw, problems: [] });
  });

  it('drops each bad entry alone and says why', () => {
    const { policy, problems } = parsePolicy({
      countries: ['FR', 'france', 7, 'DE'],
      disabledSites: ['Intranet.Example.org', 'https://x.com/', 'a b', ''],
      customElections: [municipales, { ...municipales, date: '15/03/2026' }],
      categories: { leak: false, poll: 'no', gossip: true },
      locked: ['countries', 'everything'],
    });
    expect(policy).toEqual({
      countries: ['FR', 'DE'],
      disabledSites: ['intranet.example.org'],
      customElections: [municipales],
      categories: { leak: false, poll: true, campaign: true },
      locked: ['countries'],
    });
    expect(problems).toEqual([
      'countries[1]: "france" is not a country or region code such as FR or FR-971; dropped',
      'countries[2]: 7 is not a country or region code such as FR or FR-971; dropped',
      'disabledSites[1]: "https://x.com/" is not a hostname; dropped',
      'disabledSites[2]: "a b" is not a hostname; dropped',
      'disabledSites[3]: "" is not a hostname; dropped',
      expect.stringMatching(/^customElections\[1\]: date must be a date written YYYY-MM-DD; dropped$/),
      'categories.poll: must be true or false; ignored',
      'categories.gossip: not a category (leak, poll, campaign); ignored',
      'locked[1]: "everything" is not a lockable setting (countries, categories, disabledSites, customElections); dropped',
    ]);
  });

  it('ignores a field of the wrong shape without losing the others', () => {
    const { policy, problems } = parsePolicy({ countries: 'FR', categories: [true], disabledSites: ['x.org'] });
    expect(policy).toEqual({ disabledSites: ['x.org'], locked: [] });
    expect(problems).toEqual(['countries: must be a list; ignored', expect.stringContaining('categories: must be an object')]);
  });

  it('runs the dataset check on each election', () => {
    const { policy, problems } = parsePolicy(
      { customElections: [municipales, { ...municipales, country: 'ZZ' }] },
      { checkElection: (e) => (e.country === 'ZZ' ? ['no rules are known for "ZZ"'] : []) },
    );
    expect(policy?.customElections).toEqual([municipales]);
    expect(problems).toEqual(['customElections[1]: no rules are known for "ZZ"; dropped']);
  });

  it('locks the safe default where a lock comes without a value, but never an empty country list', () => {
    const { policy, problems } = parsePolicy({ locked: ['categories', 'disabledSites', 'customElections', 'countries'] });
    expect(policy).toEqual({
      categories: allCategoriesOn(),
      disabledSites: [],
      customElections: [],
      locked: ['categories', 'disabledSites', 'customElections'],
    });
    expect(problems).toEqual(['locked: "countries" has no valid value in the policy, so it is not locked']);
  });

  it('never presets or locks an empty country list (that would switch every warning off)', () => {
    for (const countries of [[], ['france']]) {
      const { policy, problems } = parsePolicy({ countries, categories: { poll: false }, locked: ['countries'] });
      expect(policy).toEqual({ categories: { leak: true, poll: false, campaign: true }, locked: [] });
      expect(problems).toEqual(expect.arrayContaining(['countries: no valid country code; ignored', 'locked: "countries" has no valid value in the policy, so it is not locked']));
    }
  });

  it('recognises hostnames only', () => {
    expect(['x.com', 'mail.google.com', 'localhost', 'xn--80ak6aa92e.com'].every(isHostname)).toBe(true);
    expect(['X.com', 'x.com:8080', 'x.com/a', '*.x.com', 'https://x.com', ''].some(isHostname)).toBe(false);
  });
});

describe('effectiveSettings', () => {
  it('is the user settings when there is no policy', () => {
    const mine = user({ countries: ['DE'] });
    expect(effectiveSettings(mine, undefined)).toBe(mine);
  });

  it('applies presets to fields the user never changed, and keeps the user value where they did', () => {
    const { policy } = parsePolicy({ countries: ['FR'], disabledSites: ['intranet.example.org'] });
    expect(effectiveSettings(user({ countries: ['DE'] }), policy)).toMatchObject({ countries: ['FR'], disabledSites: ['intranet.example.org'] });
    expect(effectiveSettings(user({ countries: ['DE'], touched: ['countries'] }), policy)).toMatchObject({
      countries: ['DE'],
      disabledSites: ['intranet.example.org'],
    });
  });

  it('applies locked values even over the user own', () => {
    const { policy } = parsePolicy({ countries: ['FR'], categories: { campaign: false }, locked: ['countries', 'categories'] });
    const mine = user({ countries: ['DE'], categories: { leak: false, poll: false, campaign: true }, touched: ['countries', 'categories'] });
    expect(effectiveSettings(mine, policy)).toMatchObject({ countries: ['FR'], categories: { leak: true, poll: true, campaign: false } });
  });

  it('leaves the fields a policy does not mention alone', () => {
    const { policy } = parsePolicy({ countries: ['FR'], locked: ['countries'] });
    const mine = user({ preview: { at: 1, setAt: 2 }, snooze: { until: 5, setAt: 2 }, disabledSites: ['x.com'], touched: ['disabledSites'] });
    expect(effectiveSettings(mine, policy)).toEqual({ ...mine, countries: ['FR'] });
  });
});

describe('applyChange', () => {
  const addGermany = (s: Settings): Settings => ({ ...s, countries: [...s.countries, 'DE'] });

  it('refuses a change to a locked field', () => {
    const { policy } = parsePolicy({ countries: ['FR'], locked: ['countries'] });
    expect(() => applyChange(user(), policy, addGermany)).toThrow(LockedSettingError);
    expect(() => applyChange(user(), policy, addGermany)).toThrow('countries is set by your organisation');
    const { policy: sites } = parsePolicy({ locked: ['disabledSites'] });
    expect(() => applyChange(user(), sites, (s) => ({ ...s, disabledSites: ['x.com'] }))).toThrow(LockedSettingError);
  });

  it('lets other fields change while one is locked, and keeps the lock in effect', () => {
    const { policy } = parsePolicy({ countries: ['FR'], locked: ['countries'] });
    const { user: stored, effective } = applyChange(user({ countries: ['DE'] }), policy, (s) => ({ ...s, snooze: { until: 99, setAt: 9 } }));
    expect(stored).toMatchObject({ countries: ['DE'], snooze: { until: 99, setAt: 9 }, touched: [] });
    expect(effective).toMatchObject({ countries: ['FR'], snooze: { until: 99, setAt: 9 } });
  });

  it('starts from the preset the user sees, and from then on keeps their own value', () => {
    const { policy } = parsePolicy({ countries: ['FR'] });
    const { user: stored, effective } = applyChange(user(), policy, addGermany);
    expect(stored).toMatchObject({ countries: ['FR', 'DE'], touched: ['countries'] });
    expect(effective.countries).toEqual(['FR', 'DE']);
    // The organisation's preset changes later: this user's own choice stays.
    const { policy: later } = parsePolicy({ countries: ['BE'] });
    expect(effectiveSettings(stored, later).countries).toEqual(['FR', 'DE']);
  });

  it('stores the user value, not the preset, for fields the change left alone', () => {
    const { policy } = parsePolicy({ countries: ['FR'] });
    const { user: stored } = applyChange(user({ countries: ['IT'] }), policy, (s) => ({ ...s, snooze: { until: 2, setAt: 1 } }));
    expect(stored.countries).toEqual(['IT']);
    expect(stored.touched).toEqual([]);
  });

  it('does not count a change the extension made itself (the country suggested at install) as the user’s', () => {
    const { user: stored } = applyChange(user(), undefined, addGermany, { byUser: false });
    expect(stored).toMatchObject({ countries: ['DE'], touched: [] });
    // So a preset deployed afterwards still applies.
    expect(effectiveSettings(stored, parsePolicy({ countries: ['FR'] }).policy).countries).toEqual(['FR']);
  });

  it('marks each changed field once', () => {
    let stored = user();
    for (let i = 0; i < 2; i += 1) stored = applyChange(stored, undefined, (s) => ({ ...s, categories: { ...s.categories, poll: i === 0 } })).user;
    expect(stored.touched).toEqual(['categories']);
  });
});

describe('policy bounds', () => {
  it('drops a policy election whose name is too long, and ignores entries past a list limit', () => {
    const long = { ...municipales, date: '2026-03-22', name: 'x'.repeat(201) };
    const parsed = parsePolicy({ customElections: [municipales, long], disabledSites: Array.from({ length: 1001 }, (_, i) => `s${i}.example`) });
    expect(parsed.policy?.customElections).toEqual([municipales]);
    expect(parsed.policy?.disabledSites).toHaveLength(1000);
    expect(parsed.problems).toContain('customElections[1]: name the name must be at most 200 characters; dropped');
    expect(parsed.problems).toContain('disabledSites: more than 1000 entries; the rest ignored');
  });
});
