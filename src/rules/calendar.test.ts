import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { nextElection, withElections } from './calendar.ts';

const dataset = loadDataset();

describe('nextElection', () => {
  it("names France's next vote months ahead, far beyond the 30 days a window must be within to count as upcoming", () => {
    const next = nextElection(dataset, 'FR', Date.parse('2026-12-05T09:00:00Z'));
    expect(next?.date).toBe('2027-04-11');
  });

  it('keeps an election whose voting day is today on its own clock, and moves on the day after', () => {
    // 7 May 2017 in Paris; at 23:30 UTC on the 7th it is already the 8th there.
    expect(nextElection(dataset, 'FR', Date.parse('2017-05-07T21:00:00Z'))?.date).toBe('2017-05-07');
    expect(nextElection(dataset, 'FR', Date.parse('2017-05-07T22:30:00Z'))?.date).not.toBe('2017-05-07');
  });

  it("takes the user's own elections into account", () => {
    const withLocal = withElections(dataset, [{ country: 'FR', date: '2027-01-10', name: 'Municipales partielles', type: 'local', status: 'confirmed' }]);
    expect(nextElection(withLocal, 'FR', Date.parse('2026-12-05T09:00:00Z'))?.date).toBe('2027-01-10');
  });

  it('is undefined for a country the calendar has nothing ahead for', () => {
    expect(nextElection(dataset, 'FR', Date.parse('2100-01-01T00:00:00Z'))).toBeUndefined();
    expect(nextElection(dataset, 'XX', Date.parse('2026-12-05T09:00:00Z'))).toBeUndefined();
  });
});
