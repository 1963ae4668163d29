/** Small builders of synthetic countries and rules for the rules engine's tests. */
import type { Boundary, Country, Rule } from './schema.ts';

export function testRule(id: string, start: Boundary, end: Boundary, extra: Partial<Rule> = {}): Rule {
  return {
    id: `zz-${id}`,
    kind: 'campaign',
    start,
    end,
    summary: { en: 's', fr: 's' },
    force: 'binding',
    binds: ['everyone'],
    legalBasis: 'b',
    penalty: { en: 'p', fr: 'p' },
    sources: [{ url: 'https://example.org', title: 't' }],
    confidence: 'high',
    lastVerified: '2026-11-25',
    ...extra,
  };
}

export function testCountry(rules: Rule[], extra: Partial<Country> = {}): Country {
  return {
    code: 'ZZ',
    name: 'Testland',
    zone: 'Europe/Madrid',
    hasCampaignSilence: true,
    summary: { en: 's', fr: 's' },
    pollsOpen: '09:00',
    pollsClose: '20:00',
    rules,
    lastVerified: '2026-11-25',
    ...extra,
  };
}
