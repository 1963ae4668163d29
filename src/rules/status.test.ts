import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import type { Country, Election } from './schema.ts';
import { UnknownAreaError, statusAt } from './status.ts';
import { testCountry, testRule } from './test-builders.ts';
import { electionAreas, restrictionsFor } from './windows.ts';

const dataset = loadDataset();
const at = (iso: string) => Date.parse(iso);
const SECOND = 1000;

function france(iso: string) {
  const [report] = statusAt(at(iso), ['FR'], dataset);
  if (report === undefined) throw new Error('no report');
  return report;
}

describe('France, 2017 presidential second round (7 May)', () => {
  it('the #MacronLeaks dump at 20:35 Paris on Friday 5 May was before the silence', () => {
    const report = france('2017-05-05T20:35:00+02:00');
    expect(report.status).toBe('upcoming');
    expect(report.restrictions).toEqual([]);
    expect(report.upcoming.map((r) => r.kind)).toContain('campaign');
  });

  it('Saturday 6 May at noon is inside the campaign silence and the poll ban', () => {
    const report = france('2017-05-06T12:00:00+02:00');
    expect(report.status).toBe('active');
    const campaign = report.restrictions.find((r) => r.kind === 'campaign');
    expect(campaign).toMatchObject({
      start: at('2017-05-06T00:00:00+02:00'),
      end: at('2017-05-07T20:00:00+02:00'),
      legalBasis: 'Code électoral, art. L49',
      election: { date: '2017-05-07' },
    });
    expect(report.restrictions.map((r) => r.kind)).toContain('polls');
  });

  it('results may not be published on election day until 20:00 Paris', () => {
    const report = france('2017-05-07T19:59:00+02:00');
    expect(report.restrictions.map((r) => r.kind).sort()).toEqual(['campaign', 'polls', 'results']);
  });

  it('7 May 20:01 Paris is after every window', () => {
    expect(france('2017-05-07T20:01:00+02:00').restrictions).toEqual([]);
  });

  it('boundaries: one second before the start is clear, the start is in, the end is out', () => {
    const start = at('2017-05-06T00:00:00+02:00');
    const end = at('2017-05-07T20:00:00+02:00');
    const kindsAt = (instant: number) => statusAt(instant, ['FR'], dataset)[0]?.restrictions.map((r) => r.kind) ?? [];
    expect(kindsAt(start - SECOND)).not.toContain('campaign');
    expect(kindsAt(start)).toContain('campaign');
    expect(kindsAt(start + SECOND)).toContain('campaign');
    expect(kindsAt(end - SECOND)).toContain('campaign');
    expect(kindsAt(end)).not.toContain('campaign');
    expect(kindsAt(end + SECOND)).not.toContain('campaign');
  });
});

describe('statusAt errors', () => {
  it('rejects unknown country and region codes by name', () => {
    expect(() => statusAt(0, ['XX'], dataset)).toThrow(UnknownAreaError);
    expect(() => statusAt(0, ['XX'], dataset)).toThrow('"XX"');
    expect(() => statusAt(0, ['FR-ZZZ'], dataset)).toThrow('"FR-ZZZ"');
  });
});

describe('windows across daylight-saving changes', () => {
  const country: Country = testCountry(
    [
      testRule('silence', { day: -1, time: '00:00' }, { anchor: 'pollsClose' }),
      testRule('48h', { anchor: 'pollsOpen', hours: -48 }, { anchor: 'pollsOpen' }),
    ],
    { zone: 'Europe/Paris', pollsOpen: '08:00' },
  );
  const windowsFor = (date: string) => {
    const election: Election = { country: 'ZZ', date, name: 'test', type: 'legislative', status: 'held' };
    const areas = electionAreas(country, election);
    return restrictionsFor(country, election, areas.main, areas);
  };

  it('a silence spanning the spring-forward night lasts 43 hours, not 44', () => {
    // Clocks went forward in Paris at 02:00 on 26 March 2017.
    const [silence] = windowsFor('2017-03-26');
    expect(silence?.start).toBe(at('2017-03-25T00:00:00+01:00'));
    expect(silence?.end).toBe(at('2017-03-26T20:00:00+02:00'));
    expect(((silence?.end ?? 0) - (silence?.start ?? 0)) / 3_600_000).toBe(43);
  });

  it('"48 hours before polls open" counts real hours across the fall-back night', () => {
    // Clocks went back in Paris at 03:00 on 29 October 2017.
    const [, hours48] = windowsFor('2017-10-29');
    expect(hours48?.end).toBe(at('2017-10-29T08:00:00+01:00'));
    expect(hours48?.start).toBe(at('2017-10-27T08:00:00+02:00') + 3_600_000);
  });

  it('property: statusAt counts a window from its start (inclusive) to its end (exclusive)', () => {
    const zones = fc.constantFrom('Europe/Paris', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns');
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(zones, day, (zone, date) => {
        const zoned: Country = { ...country, zone };
        const election: Election = { country: 'ZZ', date, name: 'test', type: 'legislative', status: 'held' };
        const testDataset = { countries: new Map([['ZZ', zoned]]), calendar: [election] };
        const areas = electionAreas(zoned, election);
        for (const window of restrictionsFor(zoned, election, areas.main, areas)) {
          const ids = (instant: number) => statusAt(instant, ['ZZ'], testDataset)[0]?.restrictions.map((r) => r.ruleId) ?? [];
          expect(window.start).toBeLessThan(window.end);
          expect(ids(window.start)).toContain(window.ruleId);
          expect(ids(window.end - 1)).toContain(window.ruleId);
          expect(ids(window.end)).not.toContain(window.ruleId);
          expect(ids(window.start - 1)).not.toContain(window.ruleId);
        }
      }),
      { numRuns: 150 },
    );
  });
});
