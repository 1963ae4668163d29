import { describe, expect, it } from 'vitest';
import { type FalseAlarm, MAX_FALSE_ALARMS, falseAlarmsExport, readFalseAlarms, withFalseAlarm } from './false-alarms.ts';

const AT = Date.parse('2017-05-06T10:00:00Z');
const alarm: FalseAlarm = { at: AT, host: 'x.com', categories: ['leak'], countries: ['FR'] };

describe('stored false alarms', () => {
  it('reads a valid list as it is, and nothing stored as an empty list', () => {
    expect(readFalseAlarms([alarm, { ...alarm, phrases: ['#MacronLeaks'] }])).toEqual({ alarms: [alarm, { ...alarm, phrases: ['#MacronLeaks'] }] });
    expect(readFalseAlarms(undefined)).toEqual({ alarms: [] });
  });

  it('drops a corrupt value or corrupt entries with a clear problem, never throws', () => {
    for (const raw of [null, 'x', 42, { 0: alarm }]) {
      const read = readFalseAlarms(raw);
      expect(read.alarms).toEqual([]);
      expect(read.problem).toMatch(/not a list/);
    }
    const read = readFalseAlarms([alarm, { ...alarm, host: '' }, { ...alarm, extra: 1 }, { ...alarm, at: 1e300 }, { ...alarm, phrases: ['x'.repeat(201)] }, 7]);
    expect(read.alarms).toEqual([alarm]);
    expect(read.problem).toMatch(/^5 stored false alarm/);
  });

  it('keeps the newest first, at most 50, also when more were stored', () => {
    let list: FalseAlarm[] = [];
    for (let i = 0; i < MAX_FALSE_ALARMS + 3; i++) list = withFalseAlarm(list, { ...alarm, at: AT + i });
    expect(list).toHaveLength(MAX_FALSE_ALARMS);
    expect(list[0]?.at).toBe(AT + MAX_FALSE_ALARMS + 2);
    const read = readFalseAlarms([...list, alarm, alarm]);
    expect(read.alarms).toHaveLength(MAX_FALSE_ALARMS);
    expect(read.problem).toBeDefined();
  });

  it('exports the list as JSON with ISO dates', () => {
    const parsed = JSON.parse(falseAlarmsExport([alarm]));
    expect(parsed).toEqual({ format: 'silence-guard-false-alarms', version: 1, falseAlarms: [{ ...alarm, at: '2017-05-06T10:00:00.000Z' }] });
  });
});
