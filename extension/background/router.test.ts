import { beforeEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { Detector, unpackPatterns } from '../../src/detect/classify.ts';
import { type ManagedPolicy, applyChange, effectiveSettings, parsePolicy } from '../shared/managed.ts';
import { PatternCache } from './patterns.ts';
import { type Settings, defaultSettings } from '../shared/settings.ts';
import { RejectedMessage, type Services, route } from './router.ts';
import * as v from 'valibot';
import { type FalseAlarm, MAX_FALSE_ALARMS, withFalseAlarm } from '../shared/false-alarms.ts';
import { verdictFor } from '../../src/risk/verdict.ts';
import { statusAt } from '../../src/rules/status.ts';
import { type RequestOf, type RequestType, responseSchemaFor, verdictResponseSchema } from '../shared/messages.ts';

const INSIDE = Date.parse('2017-05-06T12:00:00+02:00');
const content = { fromExtensionPage: false, site: 'example.org' };
const popup = { fromExtensionPage: true, site: undefined };

const cache = new PatternCache();
/** The user's own settings, as storage.local holds them. */
let stored: Settings;
/** The organisation's policy, as storage.managed would give it. */
let policy: ManagedPolicy | undefined;
let realNow: number;
let granted: string[];
const started: number[] = [];
let synced = 0;
/** The false alarms reported, as storage.local would hold them. */
let falseAlarms: FalseAlarm[] = [];
let optionsOpened = 0;
const services: Services = {
  patterns: { selection: (countries, ui) => cache.selection(countries, ui), patterns: (selection) => cache.patterns(selection), uiLanguage: () => 'de' },
  siteAccess: {
    builtinMatches: ['https://x.com/*'],
    grantedOrigins: async () => granted,
    syncScripts: async () => void (synced += 1),
    startInTab: async (tabId) => void started.push(tabId),
  },
  dataset: loadDataset(),
  now: () => realNow,
  zone: () => 'Europe/Paris',
  readSettings: async () => effectiveSettings(stored, policy),
  updateSettings: async (change) => {
    const { user, effective } = applyChange(stored, policy, change);
    stored = user;
    return effective;
  },
  readManagedState: async () => (policy === undefined ? null : { locked: [...policy.locked], problems: [] }),
  falseAlarms: {
    list: async () => [...falseAlarms],
    add: async (alarm) => void (falseAlarms = withFalseAlarm(falseAlarms, alarm)),
    clear: async () => void (falseAlarms = []),
  },
  openOptionsPage: async () => void (optionsOpened += 1),
};

beforeEach(() => {
  granted = [];
  started.length = 0;
  synced = 0;
  falseAlarms = [];
  optionsOpened = 0;
  stored = defaultSettings();
  policy = undefined;
  realNow = Date.parse('2026-11-25T12:00:00Z');
});

describe('router', () => {
  it('answers inactive while no country is chosen', async () => {
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toEqual({ active: false });
  });

  it('warns about a leak during the French silence replayed with a preview date', async () => {
    await route({ type: 'ui-bg/set-country', country: 'FR', enabled: true }, popup, services);
    await route({ type: 'ui-bg/set-preview', at: INSIDE }, popup, services);
    const response = await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services);
    expect(response).toMatchObject({ active: true, verdict: { level: 'warning', at: INSIDE } });
    if (!response.active) throw new Error('no verdict');
    expect(response.verdict.reasons.map((r) => r.restriction.ruleId)).toEqual(['fr-campaign-silence']);
  });

  it('preview time keeps running from the preview instant', async () => {
    await route({ type: 'ui-bg/set-preview', at: INSIDE }, popup, services);
    realNow += 60_000;
    const overview = await route({ type: 'ui-bg/overview' }, popup, services);
    expect(overview.now).toBe(INSIDE + 60_000);
    expect(overview.preview).toBe(INSIDE);
  });

  it('snoozing silences the verdicts until the snooze ends', async () => {
    stored = { ...stored, countries: ['FR'], preview: { at: INSIDE, setAt: realNow } };
    await route({ type: 'cs-bg/snooze', minutes: 60 }, content, services);
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toEqual({ active: false });
    expect(await route({ type: 'ui-bg/overview' }, popup, services)).toMatchObject({ snoozedUntil: realNow + 60 * 60_000 });
    realNow += 61 * 60_000;
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toMatchObject({ active: true });
    expect(await route({ type: 'ui-bg/overview' }, popup, services)).toMatchObject({ snoozedUntil: null });
  });

  it('resuming ends a pause at once', async () => {
    stored = { ...stored, countries: ['FR'], preview: { at: INSIDE, setAt: realNow } };
    await route({ type: 'cs-bg/snooze', minutes: 60 }, content, services);
    await route({ type: 'ui-bg/resume' }, popup, services);
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toMatchObject({ active: true });
  });

  it('suggests the country of the browser time zone', async () => {
    const overview = await route({ type: 'ui-bg/overview' }, popup, services);
    expect(overview.suggested).toBe('FR');
  });

  it('custom elections join the calendar: a local election in Guadeloupe replayed on its eve', async () => {
    const election = { country: 'FR', date: '2030-03-17', name: 'Municipales', type: 'local', status: 'scheduled', zone: 'America/Guadeloupe' } as const;
    await route({ type: 'ui-bg/add-election', election }, popup, services);
    await route({ type: 'ui-bg/set-country', country: 'FR', enabled: true }, popup, services);
    await route({ type: 'ui-bg/set-preview', at: Date.parse('2030-03-16T12:00:00-04:00') }, popup, services);
    const response = await route({ type: 'cs-bg/verdict', categories: ['campaign'] }, content, services);
    if (!response.active) throw new Error('no verdict');
    const [reason] = response.verdict.reasons;
    expect(reason?.restriction.election.name).toBe('Municipales');
    expect(reason?.restriction.start).toBe(Date.parse('2030-03-16T00:00:00-04:00'));

    await route({ type: 'ui-bg/remove-election', country: 'FR', date: '2030-03-17' }, popup, services);
    expect(await route({ type: 'cs-bg/verdict', categories: ['campaign'] }, content, services)).toMatchObject({ verdict: { level: 'none' } });
  });

  it('gives the windows an election would have, the ones it then has once added, and changes nothing', async () => {
    const election = { country: 'FR', date: '2030-03-17', name: 'Municipales', type: 'local', status: 'confirmed', zone: 'America/Guadeloupe' } as const;
    const { windows } = await route({ type: 'ui-bg/election-windows', election }, popup, services);
    expect(stored.customElections).toEqual([]);
    expect(windows.map((w) => [w.kind, w.zone, new Date(w.start).toISOString(), new Date(w.end).toISOString()])).toEqual([
      ['campaign', 'America/Guadeloupe', '2030-03-16T04:00:00.000Z', '2030-03-18T00:00:00.000Z'],
      ['polls', 'America/Guadeloupe', '2030-03-16T04:00:00.000Z', '2030-03-18T00:00:00.000Z'],
      ['results', 'America/Guadeloupe', '2030-03-17T04:00:00.000Z', '2030-03-18T00:00:00.000Z'],
    ]);

    await route({ type: 'ui-bg/add-election', election }, popup, services);
    await route({ type: 'ui-bg/set-country', country: 'FR', enabled: true }, popup, services);
    await route({ type: 'ui-bg/set-preview', at: Date.parse('2030-03-16T12:00:00-04:00') }, popup, services);
    const overview = await route({ type: 'ui-bg/overview' }, popup, services);
    expect(overview.countries.find((c) => c.code === 'FR')?.active).toEqual(windows.filter((w) => w.start <= overview.now));
  });

  it('refuses to preview an election it would refuse to add', async () => {
    const election = { country: 'FR', date: '2030-03-17', name: 'x', type: 'local', status: 'confirmed', regionalVotes: [{ regions: ['FR-ZZZ'] }] } as const;
    await expect(route({ type: 'ui-bg/election-windows', election }, popup, services)).rejects.toThrow('FR-ZZZ');
    await expect(route({ type: 'ui-bg/election-windows', election: { ...election, regionalVotes: undefined } }, content, services)).rejects.toThrow(RejectedMessage);
  });

  it('refuses a custom election that names a region the country does not have', async () => {
    const election = { country: 'FR', date: '2030-03-17', name: 'x', type: 'local', status: 'scheduled', regionalVotes: [{ regions: ['FR-ZZZ'] }] } as const;
    await expect(route({ type: 'ui-bg/add-election', election }, popup, services)).rejects.toThrow('FR-ZZZ');
    expect(stored.customElections).toEqual([]);
  });

  it('switches a built-in site off and on again', async () => {
    expect(await route({ type: 'ui-bg/set-site', url: 'https://x.com/home', enabled: false }, popup, services)).toEqual({ host: 'x.com', coverage: 'builtin', enabled: false });
    expect(stored.disabledSites).toEqual(['x.com']);
    stored = { ...stored, countries: ['FR'], preview: { at: INSIDE, setAt: realNow } };
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, { fromExtensionPage: false, site: 'x.com' }, services)).toEqual({ active: false });
    await route({ type: 'ui-bg/set-site', url: 'https://x.com/home', enabled: true }, popup, services);
    expect(stored.disabledSites).toEqual([]);
  });

  it('lists sites switched off and turns one back on from the options page', async () => {
    await route({ type: 'ui-bg/set-site', url: 'https://x.com/home', enabled: false }, popup, services);
    expect(await route({ type: 'ui-bg/overview' }, popup, services)).toMatchObject({ disabledSites: ['x.com'] });
    expect(await route({ type: 'ui-bg/enable-site', host: 'x.com' }, popup, services)).toMatchObject({ disabledSites: [] });
  });

  it('starts the script in the tab of a site the user just granted, and refuses without a grant', async () => {
    const url = 'https://forum.example.org/t/1';
    await expect(route({ type: 'ui-bg/set-site', url, enabled: true, tabId: 7, justGranted: true }, popup, services)).rejects.toThrow('No permission');
    granted = ['https://forum.example.org/*'];
    expect(await route({ type: 'ui-bg/set-site', url, enabled: true, tabId: 7, justGranted: true }, popup, services)).toEqual({
      host: 'forum.example.org',
      coverage: 'granted',
      enabled: true,
    });
    expect(synced).toBe(1);
    expect(started).toEqual([7]);
  });

  it("gives content scripts the packed patterns of the user's countries and languages, and only the key when they have them", async () => {
    stored = { ...stored, countries: ['FR'] };
    const response = await route({ type: 'cs-bg/patterns' }, content, services);
    if (response.patterns === undefined) throw new Error('no patterns');
    // French, the UI language (German) and English; France's actors.
    expect(response.key).toBe('de,en,fr|FR');
    const detector = new Detector(unpackPatterns(response.patterns));
    expect(detector.classify('Tout est là : #MacronLeaks').categories).toEqual(['leak']);
    expect(detector.classify('Am Sonntag alle die Grünen wählen!').categories).toEqual(['campaign']);
    // No Polish lexicon for a French user.
    expect(detector.classify('Głosujcie na Konfederację w niedzielę!').categories).toEqual([]);
    expect(await route({ type: 'cs-bg/patterns', have: 'de,en,fr|FR' }, content, services)).toEqual({ key: 'de,en,fr|FR' });
    stored = { ...stored, countries: ['FR', 'PL'] };
    const widened = await route({ type: 'cs-bg/patterns', have: 'de,en,fr|FR' }, content, services);
    if (widened.patterns === undefined) throw new Error('no patterns for the new selection');
    expect(widened.key).toBe('de,en,fr,pl|FR,PL');
    expect(new Detector(unpackPatterns(widened.patterns)).classify('Głosujcie na Konfederację w niedzielę!').categories).toEqual(['campaign']);
  });

  it('rejects popup commands sent from a web page', async () => {
    await expect(route({ type: 'ui-bg/set-country', country: 'FR', enabled: true }, content, services)).rejects.toThrow(RejectedMessage);
    expect(stored.countries).toEqual([]);
  });

  it('refuses a verdict request that carries anything but category names (no draft text can cross)', async () => {
    await expect(route({ type: 'cs-bg/verdict', categories: ['leak'], text: 'Tout est là : #MacronLeaks' }, content, services)).rejects.toThrow(
      RejectedMessage,
    );
    await expect(route({ type: 'cs-bg/snooze', minutes: 7 * 24 * 60 }, content, services)).rejects.toThrow(RejectedMessage);
    expect(stored.snooze).toBeNull();
  });

  it('rejects malformed and unknown messages with a clear error', async () => {
    await expect(route({ type: 'cs-bg/verdict', categories: ['gossip'] }, content, services)).rejects.toThrow('cs-bg/verdict');
    await expect(route({ type: 'hello' }, content, services)).rejects.toThrow('Unknown or malformed message: hello');
    await expect(route({ type: 'ui-bg/set-country', country: 'ZZ', enabled: true }, popup, services)).rejects.toThrow('ZZ');
  });

  it('does not warn about a kind of finding switched off', async () => {
    stored = { ...stored, countries: ['FR'], preview: { at: INSIDE, setAt: realNow } };
    expect(await route({ type: 'ui-bg/set-category', category: 'leak', enabled: false }, popup, services)).toMatchObject({
      categories: { leak: false, poll: true, campaign: true },
    });
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toMatchObject({ verdict: { level: 'none', reasons: [] } });
    const both = await route({ type: 'cs-bg/verdict', categories: ['leak', 'campaign'] }, content, services);
    if (!both.active) throw new Error('no verdict');
    expect(both.verdict.reasons.map((r) => r.category)).toEqual(['campaign']);
  });

  it("applies an organisation's locked countries and categories, and refuses to change them", async () => {
    policy = parsePolicy({ countries: ['FR'], categories: { leak: true, poll: true, campaign: false }, locked: ['countries', 'categories'] }).policy;
    stored = { ...stored, countries: ['DE'], touched: ['countries'], preview: { at: INSIDE, setAt: realNow } };
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toMatchObject({ verdict: { level: 'warning' } });
    expect(await route({ type: 'cs-bg/verdict', categories: ['campaign'] }, content, services)).toMatchObject({ verdict: { level: 'none' } });

    const overview = await route({ type: 'ui-bg/overview' }, popup, services);
    expect(overview).toMatchObject({ managed: { locked: ['countries', 'categories'], problems: [] }, categories: { campaign: false } });
    expect(overview.countries.filter((c) => c.enabled).map((c) => c.code)).toEqual(['FR']);

    await expect(route({ type: 'ui-bg/set-country', country: 'FR', enabled: false }, popup, services)).rejects.toThrow(
      new RejectedMessage("countries is set by your organisation's policy and cannot be changed"),
    );
    await expect(route({ type: 'ui-bg/set-category', category: 'campaign', enabled: true }, popup, services)).rejects.toThrow(RejectedMessage);
    expect(stored.countries).toEqual(['DE']);
    // What is not locked still changes.
    await route({ type: 'ui-bg/set-site', url: 'https://x.com/home', enabled: false }, popup, services);
    expect(stored.disabledSites).toEqual(['x.com']);
  });

  it("starts from an organisation's preset and lets the user change it", async () => {
    policy = parsePolicy({ countries: ['FR'], disabledSites: ['x.com'] }).policy;
    expect(await route({ type: 'ui-bg/overview' }, popup, services)).toMatchObject({ disabledSites: ['x.com'], managed: { locked: [] } });
    const overview = await route({ type: 'ui-bg/set-country', country: 'BE', enabled: true }, popup, services);
    expect(overview.countries.filter((c) => c.enabled).map((c) => c.code)).toEqual(['BE', 'FR']);
    await route({ type: 'ui-bg/enable-site', host: 'x.com' }, popup, services);
    expect(stored).toMatchObject({ countries: ['FR', 'BE'], disabledSites: [], touched: ['countries', 'disabledSites'] });
  });
});

describe("the card's next steps", () => {
  const report = { type: 'cs-bg/false-alarm', categories: ['leak'], countries: ['FR'], at: INSIDE } as const;

  it('keeps a false-alarm report with the site the browser names, newest first, at most 50', async () => {
    expect(await route(report, content, services)).toEqual({ done: true });
    await route({ ...report, categories: ['poll', 'campaign'], phrases: ['sondage'] }, { ...content, site: 'b.example' }, services);
    expect(await route({ type: 'ui-bg/false-alarms' }, popup, services)).toEqual([
      { at: INSIDE, host: 'b.example', categories: ['poll', 'campaign'], countries: ['FR'], phrases: ['sondage'] },
      { at: INSIDE, host: 'example.org', categories: ['leak'], countries: ['FR'] },
    ]);
    for (let i = 0; i < MAX_FALSE_ALARMS + 5; i++) await route({ ...report, at: INSIDE + i }, content, services);
    const list = await route({ type: 'ui-bg/false-alarms' }, popup, services);
    expect(list).toHaveLength(MAX_FALSE_ALARMS);
    expect(list[0]?.at).toBe(INSIDE + MAX_FALSE_ALARMS + 4);
    expect(await route({ type: 'ui-bg/clear-false-alarms' }, popup, services)).toEqual([]);
  });

  it('refuses a report naming its own site, without a site, or with phrases beyond the bounds', async () => {
    await expect(route({ ...report, host: 'evil.example' }, content, services)).rejects.toThrow(RejectedMessage);
    await expect(route(report, { ...content, site: undefined }, services)).rejects.toThrow(RejectedMessage);
    await expect(route({ ...report, phrases: ['x'.repeat(201)] }, content, services)).rejects.toThrow(RejectedMessage);
    await expect(route({ ...report, phrases: [] }, content, services)).rejects.toThrow(RejectedMessage);
    await expect(route({ ...report, categories: [] }, content, services)).rejects.toThrow(RejectedMessage);
    expect(falseAlarms).toEqual([]);
  });

  it('lists and clears false alarms for the extension\'s own pages only', async () => {
    await expect(route({ type: 'ui-bg/false-alarms' }, content, services)).rejects.toThrow(RejectedMessage);
    await expect(route({ type: 'ui-bg/clear-false-alarms' }, content, services)).rejects.toThrow(RejectedMessage);
  });

  it("switches the sender's site off as the popup's switch does, unless the policy locks the sites", async () => {
    stored = { ...stored, countries: ['FR'], preview: { at: INSIDE, setAt: realNow } };
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).not.toHaveProperty('siteSwitchLocked');
    await route({ type: 'cs-bg/site-off' }, content, services);
    expect(stored.disabledSites).toEqual(['example.org']);
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toEqual({ active: false });

    stored = { ...stored, disabledSites: [] };
    policy = parsePolicy({ locked: ['disabledSites'] }).policy;
    expect(await route({ type: 'cs-bg/verdict', categories: ['leak'] }, content, services)).toMatchObject({ active: true, siteSwitchLocked: true });
    await expect(route({ type: 'cs-bg/site-off' }, content, services)).rejects.toThrow(RejectedMessage);
    expect(stored.disabledSites).toEqual([]);
  });

  it('opens the options page when the card asks', async () => {
    expect(await route({ type: 'cs-bg/open-settings' }, content, services)).toEqual({ done: true });
    expect(optionsOpened).toBe(1);
  });
});

describe('the boundary', () => {
  /** One request of every type (the compiler asks for a new type to be added here). */
  const requests: { readonly [K in RequestType]: RequestOf<K> } = {
    'ui-bg/set-country': { type: 'ui-bg/set-country', country: 'FR', enabled: true },
    'ui-bg/add-election': { type: 'ui-bg/add-election', election: { country: 'FR', date: '2030-03-17', name: 'Municipales', type: 'local', status: 'scheduled' } },
    'ui-bg/remove-election': { type: 'ui-bg/remove-election', country: 'FR', date: '2030-03-17' },
    'ui-bg/election-windows': { type: 'ui-bg/election-windows', election: { country: 'FR', date: '2030-03-17', name: 'Municipales', type: 'local', status: 'confirmed' } },
    'ui-bg/set-preview': { type: 'ui-bg/set-preview', at: INSIDE },
    'ui-bg/overview': { type: 'ui-bg/overview' },
    'ui-bg/set-category': { type: 'ui-bg/set-category', category: 'poll', enabled: true },
    'ui-bg/site': { type: 'ui-bg/site', url: 'https://x.com/home' },
    'ui-bg/set-site': { type: 'ui-bg/set-site', url: 'https://x.com/home', enabled: true },
    'ui-bg/enable-site': { type: 'ui-bg/enable-site', host: 'x.com' },
    'ui-bg/resume': { type: 'ui-bg/resume' },
    'cs-bg/verdict': { type: 'cs-bg/verdict', categories: ['leak', 'poll', 'campaign'] },
    'cs-bg/patterns': { type: 'cs-bg/patterns' },
    'cs-bg/snooze': { type: 'cs-bg/snooze', minutes: 5 },
    'cs-bg/false-alarm': { type: 'cs-bg/false-alarm', categories: ['leak'], countries: ['FR'], at: INSIDE, phrases: ['#MacronLeaks'] },
    'cs-bg/site-off': { type: 'cs-bg/site-off' },
    'cs-bg/open-settings': { type: 'cs-bg/open-settings' },
    'ui-bg/false-alarms': { type: 'ui-bg/false-alarms' },
    'ui-bg/clear-false-alarms': { type: 'ui-bg/clear-false-alarms' },
  };

  it('every answer of the worker passes its own schema whole: no field is dropped or refused on the way', async () => {
    // The French silence replayed: restrictions in force and upcoming fill every field the UI gets.
    for (const request of Object.values(requests)) {
      const sender = request.type.startsWith('ui-bg/') ? popup : content;
      const answer = await route(request, sender, services);
      expect(v.parse(responseSchemaFor(request.type), structuredClone(answer)), request.type).toStrictEqual(answer);
    }
    // What the run above had to carry: active and upcoming restrictions, reasons in force.
    // The pause and the site switched off by the run above.
    stored = { ...stored, snooze: null, disabledSites: [] };
    const overview = await route(requests['ui-bg/overview'], popup, services);
    expect(overview.countries.find((c) => c.code === 'FR')?.active.length).toBeGreaterThan(0);
    expect(overview.countries.some((c) => c.next !== null)).toBe(true);
    const verdict = await route(requests['cs-bg/verdict'], content, services);
    expect(verdict.active && verdict.verdict.reasons.length).toBeGreaterThan(0);
  });

  it('reasons about to start and weak-signal reasons cross whole too', () => {
    const data = loadDataset();
    const eve = Date.parse('2017-05-05T12:00:00+02:00');
    const soon = verdictFor(['leak'], statusAt(eve, ['FR'], data), eve);
    expect(soon.reasons[0]?.startsSoon).toBe(true);
    const results = Date.parse('2017-05-07T15:00:00+02:00');
    const weak = verdictFor([], statusAt(results, ['FR'], data), results, ['coded-results']);
    expect(weak.reasons[0]?.weak).toBe('coded-results');
    for (const verdict of [soon, weak]) {
      const answer = { active: true as const, verdict };
      expect(v.parse(verdictResponseSchema, structuredClone(answer))).toStrictEqual(answer);
    }
  });
});
