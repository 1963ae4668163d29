import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { defaultSettings } from '../shared/settings.ts';
import { activeCountryNames, nextAlarmTime, toolbarState } from './answers.ts';

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
