import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { statusAt } from '../rules/status.ts';
import { CAUTION_LEAD_MS, verdictFor } from './verdict.ts';

const dataset = loadDataset();
const at = (iso: string) => Date.parse(iso);
const franceAt = (iso: string) => verdictFor(['leak'], statusAt(at(iso), ['FR'], dataset), at(iso));

describe('verdict', () => {
  it('warns inside France 2017 silence, until it ends', () => {
    const verdict = franceAt('2017-05-06T12:00:00+02:00');
    expect(verdict.level).toBe('warning');
    expect(verdict.reasons.every((r) => r.startsSoon === undefined)).toBe(true);
    expect(verdict.until).toBe(at('2017-05-07T20:00:00+02:00'));
  });

  it('cautions half an hour before the silence, with the time it starts (just after #MacronLeaks)', () => {
    const verdict = franceAt('2017-05-05T23:30:00+02:00');
    expect(verdict.level).toBe('caution');
    expect(verdict.reasons.length).toBeGreaterThan(0);
    expect(verdict.reasons.every((r) => r.startsSoon === true && r.restriction.kind === 'campaign')).toBe(true);
    expect(verdict.until).toBe(at('2017-05-06T00:00:00+02:00'));
  });

  it('says nothing more than 24 hours before', () => {
    const start = at('2017-05-06T00:00:00+02:00');
    expect(franceAt(new Date(start - CAUTION_LEAD_MS - 60_000).toISOString()).level).toBe('none');
    expect(franceAt(new Date(start - CAUTION_LEAD_MS + 60_000).toISOString()).level).toBe('caution');
  });

  it('ignores categories no restriction is about', () => {
    const when = at('2017-05-05T23:30:00+02:00');
    expect(verdictFor([], statusAt(when, ['FR'], dataset), when).level).toBe('none');
  });
});
