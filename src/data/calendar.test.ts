/**
 * The calendar of issue 11 as of DATASET_AS_OF: the unconfirmed 2026 dates
 * removed, the 2026 elections held, and the 2027–2028 additions in place.
 */
import { describe, expect, it } from 'vitest';
import { statusAt } from '../rules/status.ts';
import { DATASET_AS_OF } from './as-of.ts';
import { loadDataset } from './load.ts';

const dataset = loadDataset();
const of = (code: string) => dataset.calendar.filter((e) => e.country === code);
const on = (code: string, date: string) => of(code).filter((e) => e.date === date);

describe('the calendar on its as-of date', () => {
  it('is as of 4 December 2026', () => {
    expect(DATASET_AS_OF).toBe('2026-12-04');
  });

  it('marks every 2026 election already past as held, and gives every entry a source', () => {
    for (const e of dataset.calendar) {
      if (e.date < DATASET_AS_OF && !e.phases) expect(e.status, `${e.country} ${e.date}`).toBe('held');
      expect(e.sources?.length ?? 0, `${e.country} ${e.date}`).toBeGreaterThan(0);
    }
    expect(on('CH', '2026-11-29')[0]?.status).toBe('held');
    expect(on('TW', '2026-11-28')[0]?.status).toBe('held');
  });

  it('drops the dates no source confirmed: Israel 27 Oct 2026, Bulgaria 8/15 Nov 2026, Serbia 20 Dec 2026', () => {
    expect(of('IL').filter((e) => e.date.startsWith('2026'))).toEqual([]);
    expect(of('BG').filter((e) => e.type === 'presidential' && e.date.startsWith('2026'))).toEqual([]);
    expect(on('RS', '2026-12-20')).toEqual([]);
    expect(dataset.countries.get('IL')?.notes).toMatch(/8 September and 20 October 2026/);
    expect(dataset.countries.get('BG')?.notes).toMatch(/resigned in January 2026/);
  });

  it('adds Spain 23 May 2027, France March 2028, Norway September 2027 and Slovakia autumn 2026', () => {
    expect(on('ES', '2027-05-23')[0]).toMatchObject({ type: 'local', status: 'confirmed' });
    expect(of('FR').filter((e) => e.type === 'regional').map((e) => e.date)).toEqual(['2028-03-19', '2028-03-26']);
    expect(on('NO', '2027-09-13')[0]?.status).toBe('expected');
    expect(on('SK', '2026-10-24')[0]).toMatchObject({ type: 'local', status: 'held', pollsClose: '20:00' });
  });

  it("adds India's 2027 state elections by phase, with the silence only in the states polling", () => {
    const up = on('IN', '2027-02-10')[0];
    expect(up?.phases?.filter((p) => p.regions?.includes('IN-UP'))).toHaveLength(7);
    expect(up?.phases?.find((p) => p.regions?.includes('IN-PB'))?.date).toBe('2027-02-14');
    // Lucknow votes in phase 1; Kerala, not polling, is clear.
    const during = Date.parse('2027-02-09T12:00:00+05:30');
    expect(statusAt(during, ['IN-UP'], dataset)[0]?.status).toBe('active');
    expect(statusAt(during, ['IN-KL'], dataset)[0]?.status).not.toBe('active');
    expect(on('IN', '2027-11-12')[0]?.phases?.map((p) => p.regions)).toEqual([['IN-HP'], ['IN-GJ'], ['IN-GJ']]);
  });

  it('lists the scheduled 2027–2028 national elections of the new countries', () => {
    for (const [code, date] of [['NG', '2027-01-16'], ['KE', '2027-08-10'], ['KG', '2027-01-24'], ['SV', '2027-02-28'], ['EC', '2027-02-14'], ['GH', '2028-12-07'], ['PY', '2028-04-30']] as const) {
      expect(on(code, date), `${code} ${date}`).toHaveLength(1);
    }
    expect(on('AM', '2026-06-07')[0]?.status).toBe('held');
  });
});
