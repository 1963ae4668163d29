import { describe, expect, it } from 'vitest';
import type { Election } from '../../src/rules/schema.ts';
import { type ElectionDraft, checkElectionDraft, isKnownZone } from './election-form.ts';

const context = {
  zones: new Map([
    ['FR', 'Europe/Paris'],
    ['US', 'America/New_York'],
  ]),
  existing: [{ country: 'FR', date: '2030-03-17', name: 'Municipales de Lyon', type: 'local', status: 'confirmed' }] satisfies Election[],
};
const draft: ElectionDraft = { country: 'FR', date: '2030-03-24', endDate: '', name: ' Municipales de Paris ', type: 'local', zone: 'Europe/Paris' };
const problemsOf = (change: Partial<ElectionDraft>) => {
  const check = checkElectionDraft({ ...draft, ...change }, context);
  return check.ok ? {} : check.problems;
};

describe('the custom-election form', () => {
  it('gives the election to save: the name trimmed, the main zone left implicit', () => {
    expect(checkElectionDraft(draft, context)).toEqual({
      ok: true,
      election: { country: 'FR', date: '2030-03-24', name: 'Municipales de Paris', type: 'local', status: 'confirmed' },
    });
  });

  it('keeps another zone and a last voting day', () => {
    const check = checkElectionDraft({ ...draft, zone: 'America/Cayenne', endDate: '2030-03-25' }, context);
    expect(check).toMatchObject({ ok: true, election: { zone: 'America/Cayenne', endDate: '2030-03-25' } });
  });

  it('puts each problem on its own field', () => {
    expect(problemsOf({ name: '   ' })).toEqual({ name: { key: 'optionsElectionNoName' } });
    expect(problemsOf({ date: '' })).toEqual({ date: { key: 'optionsElectionNoDate' } });
    expect(problemsOf({ date: '2030-02-30' })).toEqual({ date: { key: 'optionsElectionBadDate' } });
    expect(problemsOf({ endDate: '2030-03-23' })).toEqual({ endDate: { key: 'optionsElectionEndBeforeStart' } });
    expect(problemsOf({ zone: 'Europe/Atlantis' })).toEqual({ zone: { key: 'optionsElectionBadZone', substitutions: ['Europe/Atlantis'] } });
    expect(problemsOf({ zone: '' })).toHaveProperty('zone');
    expect(problemsOf({ country: 'XX' })).toEqual({ country: { key: 'optionsElectionBadCountry' } });
    expect(problemsOf({ name: 'x'.repeat(201) })).toEqual({ name: { key: 'optionsElectionNameTooLong', substitutions: ['200'] } });
  });

  it('gives a year outside 1900–2100 its own message, on the field it is in', () => {
    expect(problemsOf({ date: '2999-03-17' })).toEqual({ date: { key: 'optionsElectionYearRange', substitutions: ['2999', '1900', '2100'] } });
    expect(problemsOf({ date: '1899-12-31' })).toEqual({ date: { key: 'optionsElectionYearRange', substitutions: ['1899', '1900', '2100'] } });
    // A browser's date field accepts years of five or six digits.
    expect(problemsOf({ date: '20301-03-17' })).toEqual({ date: { key: 'optionsElectionYearRange', substitutions: ['20301', '1900', '2100'] } });
    expect(problemsOf({ endDate: '2101-01-01' })).toEqual({ endDate: { key: 'optionsElectionYearRange', substitutions: ['2101', '1900', '2100'] } });
    expect(problemsOf({ date: '1900-01-01', endDate: '2100-12-31' })).toEqual({});
  });

  it('never overwrites an election of the same country and day silently', () => {
    expect(problemsOf({ date: '2030-03-17' })).toEqual({ date: { key: 'optionsElectionDuplicate', substitutions: ['Municipales de Lyon'] } });
    expect(problemsOf({ date: '2030-03-17', country: 'US', zone: 'America/New_York' })).toEqual({});
  });

  it('reports every problem at once', () => {
    expect(Object.keys(problemsOf({ name: '', date: '', zone: 'nowhere' })).sort()).toEqual(['date', 'name', 'zone']);
  });
});

describe('isKnownZone', () => {
  it('knows IANA zones and nothing else', () => {
    expect(isKnownZone('Europe/Paris')).toBe(true);
    expect(isKnownZone('UTC')).toBe(true);
    expect(isKnownZone('Paris')).toBe(false);
    expect(isKnownZone(' ')).toBe(false);
  });
});
