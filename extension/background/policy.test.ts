import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { parsePolicy } from '../shared/managed.ts';
import { datasetChecks } from './policy.ts';

const municipales = { country: 'FR', date: '2026-03-15', name: 'Municipales', type: 'local', status: 'confirmed' } as const;

describe('a policy checked against the bundled rules', () => {
  it('drops a well-formed code that names no country or region with rules, and keeps the rest', () => {
    const { policy, problems } = parsePolicy({ countries: ['FR', 'XX', 'FR-971', 'FR-999'], locked: ['countries'] }, datasetChecks(loadDataset()));
    expect(policy).toEqual({ countries: ['FR', 'FR-971'], locked: ['countries'] });
    expect(problems).toEqual(['countries[1]: no rules are known for "XX"; dropped', 'countries[3]: no rules are known for "FR-999"; dropped']);
  });

  it('checks custom elections against the bundled rules', () => {
    const { policy, problems } = parsePolicy({ customElections: [municipales, { ...municipales, country: 'XX' }] }, datasetChecks(loadDataset()));
    expect(policy?.customElections).toEqual([municipales]);
    expect(problems).toEqual(['customElections[1]: election.country: no rules are known for "XX"; dropped']);
  });

  it('never locks countries when every code is unknown', () => {
    const { policy, problems } = parsePolicy({ countries: ['XX'], categories: { poll: false }, locked: ['countries'] }, datasetChecks(loadDataset()));
    expect(policy).toEqual({ categories: { leak: true, poll: false, campaign: true }, locked: [] });
    expect(problems).toEqual([
      'countries[0]: no rules are known for "XX"; dropped',
      'countries: no valid country code; ignored',
      'locked: "countries" has no valid value in the policy, so it is not locked',
    ]);
  });
});
