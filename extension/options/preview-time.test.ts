import { describe, expect, it } from 'vitest';
import { instantFromPicker, pickerValue } from './preview-time.ts';

describe('the preview picker', () => {
  it('reads the wall clock in the chosen zone', () => {
    expect(instantFromPicker('2017-05-06T12:00', 'Europe/Paris')).toEqual({ at: Date.parse('2017-05-06T10:00:00Z') });
    expect(instantFromPicker('2017-05-06T12:00', 'America/Cayenne')).toEqual({ at: Date.parse('2017-05-06T15:00:00Z') });
  });

  it('reads a time skipped by the spring-forward jump as the first instant after it', () => {
    // Paris, 26 March 2017: 02:00 jumped to 03:00.
    expect(instantFromPicker('2017-03-26T02:30', 'Europe/Paris')).toEqual({ at: Date.parse('2017-03-26T01:30:00Z') });
  });

  it('says what is wrong: nothing picked, a year out of range, an unknown zone', () => {
    expect(instantFromPicker('', 'Europe/Paris')).toEqual({ problem: { key: 'optionsPreviewPickMissing' } });
    expect(instantFromPicker('2999-05-06T12:00', 'Europe/Paris')).toEqual({ problem: { key: 'optionsPreviewYearRange', substitutions: ['2999', '1900', '2100'] } });
    expect(instantFromPicker('275760-01-01T00:00', 'UTC')).toMatchObject({ problem: { key: 'optionsPreviewYearRange' } });
    expect(instantFromPicker('2017-05-06T12:00', 'Mars/Olympus')).toEqual({ problem: { key: 'optionsPreviewBadZone', substitutions: ['Mars/Olympus'] } });
  });

  it('shows an instant back on the zone’s clock, to the minute', () => {
    expect(pickerValue(Date.parse('2017-05-06T10:00:30Z'), 'Europe/Paris')).toBe('2017-05-06T12:00');
    expect(pickerValue(Date.parse('2017-05-06T10:00:00Z'), 'Asia/Tokyo')).toBe('2017-05-06T19:00');
  });
});
