import { describe, expect, it } from 'vitest';
import type { Country, Election } from './schema.ts';
import { testCountry, testRule } from './test-builders.ts';
import { electionAreas, restrictionsFor } from './windows.ts';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

const rule = testRule;
const country = testCountry;

const election = (extra: Partial<Election> = {}): Election => ({ country: 'ZZ', date: '2027-07-25', name: 'test', type: 'legislative', status: 'expected', ...extra });

/** Main-zone windows as [start, end] ISO strings, keyed by rule id. */
function mainWindows(c: Country, e: Election = election()) {
  const areas = electionAreas(c, e);
  return restrictionsFor(c, e, areas.main, areas).map((w) => [w.ruleId, iso(w.start), iso(w.end)]);
}

function regionWindows(c: Country, region: string, e: Election = election()) {
  const areas = electionAreas(c, e);
  return restrictionsFor(c, e, areas.regions.get(region) ?? [], areas).map((w) => [w.ruleId, iso(w.start), iso(w.end)]);
}

describe('window shapes (Madrid, summer time UTC+2)', () => {
  it('from midnight on the eve until polls close', () => {
    expect(mainWindows(country([rule('a', { day: -1, time: '00:00' }, { anchor: 'pollsClose' })]))).toEqual([
      ['zz-a', '2027-07-23T22:00:00.000Z', '2027-07-25T18:00:00.000Z'],
    ]);
  });

  it.each([
    ['07:00', '2027-07-24T05:00:00.000Z'],
    ['18:00', '2027-07-24T16:00:00.000Z'],
    ['22:00', '2027-07-24T20:00:00.000Z'],
  ])('from %s on the eve', (time, start) => {
    expect(mainWindows(country([rule('a', { day: -1, time }, { anchor: 'pollsClose' })]))[0]?.[1]).toBe(start);
  });

  it('N hours before polls open, and before they close', () => {
    const windows = mainWindows(
      country([
        rule('open', { anchor: 'pollsOpen', hours: -24 }, { anchor: 'pollsClose' }),
        rule('close', { anchor: 'pollsClose', hours: -48 }, { anchor: 'pollsClose' }),
      ]),
    );
    expect(windows).toEqual([
      ['zz-open', '2027-07-24T07:00:00.000Z', '2027-07-25T18:00:00.000Z'],
      ['zz-close', '2027-07-23T18:00:00.000Z', '2027-07-25T18:00:00.000Z'],
    ]);
  });

  it('N days before (a 15-day poll ban) and a fixed end time', () => {
    expect(mainWindows(country([rule('a', { day: -15, time: '00:00' }, { day: 0, time: '20:00' })]))).toEqual([
      ['zz-a', '2027-07-09T22:00:00.000Z', '2027-07-25T18:00:00.000Z'],
    ]);
  });

  it('voting over two days ends at the close of the last day', () => {
    const windows = mainWindows(country([rule('a', { day: -1, time: '00:00' }, { anchor: 'pollsClose' })]), election({ endDate: '2027-07-26', pollsClose: '15:00' }));
    expect(windows).toEqual([['zz-a', '2027-07-23T22:00:00.000Z', '2027-07-26T13:00:00.000Z']]);
  });

  it('rules limited to some election types skip the others; custom elections of unknown type get every rule', () => {
    const c = country([rule('pres', { day: -1, time: '00:00' }, { anchor: 'pollsClose' }, { electionTypes: ['presidential'] })]);
    expect(mainWindows(c, election({ type: 'legislative' }))).toEqual([]);
    expect(mainWindows(c, election({ type: 'presidential' }))).toHaveLength(1);
    expect(mainWindows(c, election({ type: 'other' }))).toHaveLength(1);
  });
});

describe('countries across zones and days', () => {
  const canaries = { code: 'ZZ-CN', name: { en: 'Islands', fr: 'Îles' }, zone: 'Atlantic/Canary' };
  const c = country(
    [
      rule('self', { day: -1, time: '00:00' }, { anchor: 'pollsClose' }),
      rule('main', { day: 0, time: '00:00' }, { anchor: 'pollsClose', of: 'main' }),
      rule('last', { anchor: 'pollsOpen', of: 'first' }, { anchor: 'pollsClose', of: 'last' }),
    ],
    { regions: [canaries] },
  );

  it('a region keeps its own clock for its own windows, and the main zone for "of: main"', () => {
    expect(regionWindows(c, 'ZZ-CN')).toEqual([
      ['zz-self', '2027-07-23T23:00:00.000Z', '2027-07-25T19:00:00.000Z'],
      ['zz-main', '2027-07-24T23:00:00.000Z', '2027-07-25T18:00:00.000Z'],
      ['zz-last', '2027-07-25T07:00:00.000Z', '2027-07-25T19:00:00.000Z'],
    ]);
  });

  it('"until the last polls close" reaches the region one hour behind, even in the main zone', () => {
    expect(mainWindows(c).find(([id]) => id === 'zz-last')).toEqual(['zz-last', '2027-07-25T07:00:00.000Z', '2027-07-25T19:00:00.000Z']);
  });

  it('a region voting the day before has its own eve', () => {
    const e = election({ regionalVotes: [{ regions: ['ZZ-CN'], date: '2027-07-24' }] });
    expect(regionWindows(c, 'ZZ-CN', e)[0]).toEqual(['zz-self', '2027-07-22T23:00:00.000Z', '2027-07-24T19:00:00.000Z']);
  });

  it('a multi-phase election: each phase its own silence, one nationwide exit-poll ban', () => {
    const india = country(
      [
        rule('s126', { anchor: 'pollsClose', hours: -48 }, { anchor: 'pollsClose' }),
        rule('s126a', { anchor: 'pollsOpen', of: 'first' }, { anchor: 'pollsClose', of: 'last', hours: 0.5 }, { kind: 'exit-polls' }),
      ],
      {
        zone: 'Asia/Kolkata',
        pollsOpen: '07:00',
        pollsClose: '18:00',
        regions: [
          { code: 'ZZ-KA', name: { en: 'A', fr: 'A' }, zone: 'Asia/Kolkata' },
          { code: 'ZZ-DL', name: { en: 'B', fr: 'B' }, zone: 'Asia/Kolkata' },
        ],
      },
    );
    const phased = election({
      date: '2029-04-10',
      phases: [
        { name: 'Phase 1', date: '2029-04-10', regions: ['ZZ-KA'] },
        { name: 'Phase 2', date: '2029-05-20', regions: ['ZZ-DL'] },
      ],
    });
    expect(regionWindows(india, 'ZZ-DL', phased)).toEqual([
      ['zz-s126', '2029-05-18T12:30:00.000Z', '2029-05-20T12:30:00.000Z'],
      ['zz-s126a', '2029-04-10T01:30:00.000Z', '2029-05-20T13:00:00.000Z'],
    ]);
    const main = mainWindows(india, phased);
    expect(main.filter(([id]) => id === 'zz-s126')).toHaveLength(2);
    expect(main.filter(([id]) => id === 'zz-s126a')).toHaveLength(1);
  });

  it('a custom election in another zone of the country runs on that zone', () => {
    const windows = mainWindows(country([rule('a', { day: -1, time: '00:00' }, { anchor: 'pollsClose' })]), election({ zone: 'Atlantic/Canary' }));
    expect(windows[0]?.[1]).toBe('2027-07-23T23:00:00.000Z');
  });
});
