import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { statusAt } from '../rules/status.ts';
import type { CountryReport } from '../rules/status.ts';
import type { Restriction } from '../rules/windows.ts';
import { CAUTION_LEAD_MS, reachOf, verdictFor } from './verdict.ts';

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

describe('verdict levels: binding law, guidance, rules for media, parties or pollsters', () => {
  const now = at('2030-06-01T12:00:00Z');
  const restriction = (id: string, extra: Partial<Restriction>): Restriction => ({
    country: 'ZZ',
    area: 'ZZ',
    zone: 'Europe/Paris',
    ruleId: `zz-${id}`,
    kind: 'polls',
    start: now - 3_600_000,
    end: now + 3_600_000,
    election: { date: '2030-06-02', name: { en: 'Test election', fr: 'Élection test' } },
    summary: { en: 's', fr: 's' },
    force: 'binding',
    binds: ['everyone'],
    legalBasis: 'b',
    penalty: { en: 'p', fr: 'p' },
    sources: [{ url: 'https://example.org', title: 't' }],
    confidence: 'high',
    ...extra,
  });
  const level = (...restrictions: Restriction[]) => {
    const report: CountryReport = { country: 'ZZ', status: 'active', restrictions, upcoming: [] };
    return verdictFor(['poll'], [report], now).level;
  };

  it('warns for a confirmed law that binds everyone', () => {
    expect(level(restriction('law', {}))).toBe('warning');
  });

  it('only cautions for guidance, even a confirmed one', () => {
    expect(level(restriction('csa', { force: 'guidance', binds: ['media'] }))).toBe('caution');
    expect(level(restriction('code', { force: 'guidance', binds: ['everyone'] }))).toBe('caution');
  });

  it('only cautions for a law that binds media, parties or pollsters only', () => {
    expect(level(restriction('media', { binds: ['media'] }))).toBe('caution');
    expect(level(restriction('parties', { binds: ['parties', 'media'] }))).toBe('caution');
    expect(level(restriction('pollsters', { binds: ['pollsters'] }))).toBe('caution');
  });

  it('only cautions for an unconfirmed law', () => {
    expect(level(restriction('low', { confidence: 'low' }))).toBe('caution');
  });

  it('warns when one of several reasons is a confirmed law for everyone, and keeps every reason', () => {
    const verdict = verdictFor(
      ['poll'],
      [{ country: 'ZZ', status: 'active', restrictions: [restriction('media', { binds: ['media'] }), restriction('law', {})], upcoming: [] }],
      now,
    );
    expect(verdict.level).toBe('warning');
    expect(verdict.reasons.map((r) => reachOf(r.restriction))).toEqual(['limited', 'law']);
  });

  it('Ireland (regulator guidance) and Belgium (CSA recommendation) only caution on a poll draft', () => {
    const when = (iso: string, code: string, date: string) => {
      const data = { ...dataset, calendar: [...dataset.calendar, { country: code, date, name: 'x', type: 'legislative' as const, status: 'confirmed' as const }] };
      return verdictFor(['poll'], statusAt(at(iso), [code], data), at(iso));
    };
    const ireland = when('2030-06-07T12:00:00+01:00', 'IE', '2030-06-07');
    expect(ireland.reasons.length).toBeGreaterThan(0);
    expect(ireland.level).toBe('caution');
    const belgium = when('2030-06-08T12:00:00+02:00', 'BE', '2030-06-09');
    expect(belgium.reasons.length).toBeGreaterThan(0);
    expect(belgium.level).toBe('caution');
  });
});

describe('weak signals: coded results caution only under an exit-poll or results embargo', () => {
  const now = at('2030-06-01T12:00:00Z');
  const restriction = (kind: Restriction['kind'], start: number, end: number): Restriction =>
    ({
      country: 'ZZ',
      area: 'ZZ',
      zone: 'Europe/Paris',
      ruleId: `zz-${kind}`,
      kind,
      start,
      end,
      election: { date: '2030-06-01', name: { en: 'Test election' } },
      legalBasis: 'Test act',
      penalty: { en: 'A fine' },
      sources: [],
      confidence: 'high',
      force: 'law',
      binds: ['everyone'],
      summary: { en: 'Test' },
    }) as unknown as Restriction;
  const report = (inForce: Restriction[], upcoming: Restriction[] = []): CountryReport =>
    ({ country: 'ZZ', status: inForce.length > 0 ? 'active' : 'upcoming', restrictions: inForce, upcoming }) as unknown as CountryReport;
  const hour = 3_600_000;

  it('cautions while results may not be published, with the reason marked weak', () => {
    const verdict = verdictFor([], [report([restriction('results', now - hour, now + hour)])], now, ['coded-results']);
    expect(verdict.level).toBe('caution');
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]?.weak).toBe('coded-results');
    expect(verdict.reasons[0]?.category).toBe('poll');
    expect(verdict.until).toBe(now + hour);
  });

  it('says nothing under a campaign silence or a poll ban alone, nor before the embargo starts', () => {
    expect(verdictFor([], [report([restriction('campaign', now - hour, now + hour), restriction('polls', now - hour, now + hour)])], now, ['coded-results']).level).toBe('none');
    expect(verdictFor([], [report([], [restriction('exit-polls', now + hour, now + 2 * hour)])], now, ['coded-results']).level).toBe('none');
  });

  it('never raises a warning, and adds its reason beside the strong ones', () => {
    const reports = [report([restriction('campaign', now - hour, now + 3 * hour), restriction('exit-polls', now - hour, now + hour)])];
    const verdict = verdictFor(['campaign'], reports, now, ['coded-results']);
    expect(verdict.level).toBe('warning');
    expect(verdict.reasons.map((r) => r.weak ?? r.category)).toEqual(['campaign', 'coded-results']);
    expect(verdict.until).toBe(now + hour);
    expect(verdictFor([], reports, now, []).level).toBe('none');
  });
});
