import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { defaultSettings } from '../shared/settings.ts';
import { activeCountryNames, electionWindows, nextAlarmTime, toolbarState } from './answers.ts';
import { statusAt } from '../../src/rules/status.ts';

const dataset = loadDataset();
const realNow = Date.parse('2026-11-25T12:00:00Z');
const france = { ...defaultSettings(), countries: ['FR'] };

describe('boundary alarm', () => {
  it('is armed for the start of the next French window, in real time, during a replay', () => {
    // Previewing Friday 5 May 2017 at 23:00 Paris: the silence starts one hour later.
    const preview = { at: Date.parse('2017-05-05T23:00:00+02:00'), setAt: realNow };
    expect(nextAlarmTime(dataset, { ...france, preview }, realNow)).toBe(realNow + 3_600_000);
  });

  it('fires a day before the silence, when the pre-silence caution starts', () => {
    // Previewing Thursday 4 May 2017 at 23:00 Paris: the caution starts one hour later, 24 h before the silence.
    const preview = { at: Date.parse('2017-05-04T23:00:00+02:00'), setAt: realNow };
    expect(nextAlarmTime(dataset, { ...france, preview }, realNow)).toBe(realNow + 3_600_000);
  });

  it('fires at the window end once inside it', () => {
    const preview = { at: Date.parse('2017-05-07T19:00:00+02:00'), setAt: realNow };
    expect(nextAlarmTime(dataset, { ...france, preview }, realNow)).toBe(realNow + 3_600_000);
  });

  it('fires when a snooze ends if that comes first', () => {
    const preview = { at: Date.parse('2017-05-05T12:00:00+02:00'), setAt: realNow };
    expect(nextAlarmTime(dataset, { ...france, preview, snooze: { until: realNow + 60_000, setAt: realNow } }, realNow)).toBe(realNow + 60_000);
  });

  it('is not armed without countries', () => {
    expect(nextAlarmTime(dataset, defaultSettings(), realNow)).toBeUndefined();
  });
});

describe('toolbar state', () => {
  it('names the user countries in silence', () => {
    const preview = { at: Date.parse('2017-05-06T12:00:00+02:00'), setAt: realNow };
    expect(activeCountryNames(dataset, { ...france, countries: ['FR', 'DE'], preview }, realNow)).toEqual(['France']);
    expect(activeCountryNames(dataset, { ...france, preview: { at: Date.parse('2017-05-08T12:00:00+02:00'), setAt: realNow } }, realNow)).toEqual([]);
  });
});

describe('toolbar pause', () => {
  it('is paused until the pause ends, and no longer once it has', () => {
    const snooze = { until: realNow + 60_000, setAt: realNow };
    expect(toolbarState(dataset, { ...france, snooze }, realNow).pausedUntil).toBe(realNow + 60_000);
    expect(toolbarState(dataset, { ...france, snooze }, realNow + 60_000).pausedUntil).toBeUndefined();
    expect(toolbarState(dataset, france, realNow)).toEqual({ activeCountries: [], pausedUntil: undefined, hasCountries: true });
  });
});

describe('the windows of an election not yet added', () => {
  const iso = (at: number) => new Date(at).toISOString();

  it('are empty where no rule of the country covers its type', () => {
    expect(electionWindows(dataset, france, { country: 'DE', date: '2030-03-17', name: 'Kommunalwahl', type: 'local', status: 'confirmed' })).toEqual([]);
    const federal = electionWindows(dataset, france, { country: 'DE', date: '2030-03-17', name: 'Bundestagswahl', type: 'legislative', status: 'confirmed' });
    expect(federal.map((w) => [w.kind, iso(w.start), iso(w.end)])).toEqual([['exit-polls', '2030-03-16T23:00:00.000Z', '2030-03-17T17:00:00.000Z']]);
  });

  it('are those of the bundled election it joins on the same day, as the status answers then give them', () => {
    // France, 7 May 2017, added as "other": it keeps the bundled election's type and its windows in Paris.
    const windows = electionWindows(dataset, france, { country: 'FR', date: '2017-05-07', name: 'Second tour', type: 'other', status: 'held' });
    expect(windows.map((w) => [w.kind, iso(w.start), iso(w.end)])).toEqual([
      ['campaign', '2017-05-05T22:00:00.000Z', '2017-05-07T18:00:00.000Z'],
      ['polls', '2017-05-05T22:00:00.000Z', '2017-05-07T18:00:00.000Z'],
      ['results', '2017-05-06T22:00:00.000Z', '2017-05-07T18:00:00.000Z'],
    ]);
    const inForce = statusAt(Date.parse('2017-05-07T12:00:00+02:00'), ['FR'], dataset)[0]?.restrictions ?? [];
    expect(inForce.map((w) => [w.kind, w.start, w.end])).toEqual(windows.map((w) => [w.kind, w.start, w.end]));
  });
});
