import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { localized } from '../../../src/rules/localize.ts';
import { statusAt } from '../../../src/rules/status.ts';
import type { OverviewCountry } from '../messages.ts';
import { type Messages, speakerFrom } from '../speaker.ts';
import { countryRows, countryStatus } from './country-rows.ts';

const messages = (language: string): Messages => JSON.parse(readFileSync(new URL(`../../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
const en = speakerFrom(messages('en'));
const fr = speakerFrom(messages('fr'), messages('en'));

function country(code: string, name: string, enabled = false, extra: Partial<OverviewCountry> = {}): OverviewCountry {
  return { code, name, enabled, status: 'clear', active: [], next: null, nextElection: null, zone: 'Europe/Paris', regions: [], ...extra };
}

/** France's 2017 campaign silence, from the dataset: Saturday 6 May 00:00 to Sunday 7 May 20:00, Paris time. */
const campaign = (() => {
  const found = statusAt(Date.parse('2017-05-06T10:00:00Z'), ['FR'], loadDataset())[0]?.restrictions.find((r) => r.kind === 'campaign');
  if (found === undefined) throw new Error('the dataset lost France 2017');
  return found;
})();

describe('countryRows', () => {
  const list = [country('SI', 'Slovenia'), country('FR', 'France', true), country('US', 'United States'), country('DE', 'Germany', true)];

  it('puts the switched-on countries first, each group in name order of the UI language', () => {
    expect(countryRows(en, list, '').map((row) => row.label)).toEqual(['France', 'Germany', 'Slovenia', 'United States']);
    expect(countryRows(fr, list, '').map((row) => row.label)).toEqual(['Allemagne', 'France', 'États-Unis', 'Slovénie']);
  });

  it('finds a country by its name in the UI language or in English, or by its code, ignoring case and accents', () => {
    expect(countryRows(fr, list, 'etats').map((row) => row.country.code)).toEqual(['US']);
    expect(countryRows(fr, list, 'Slovenia').map((row) => row.country.code)).toEqual(['SI']);
    expect(countryRows(en, list, ' de ').map((row) => row.country.code)).toEqual(['DE']);
    expect(countryRows(en, list, 'zzz')).toEqual([]);
  });
});

describe('countryStatus', () => {
  const now = Date.parse('2017-05-06T10:00:00Z');

  it('names what is in force and when it ends, on the country’s clock', () => {
    const line = countryStatus(en, country('FR', 'France', true, { status: 'active', active: [campaign] }), now);
    expect(line).toBe('Campaign silence in force until Sun, May 7, 8:00 PM');
  });

  it('names the next window and its election, in the UI language', () => {
    const line = countryStatus(fr, country('FR', 'France', true, { status: 'upcoming', next: campaign }), Date.parse('2017-05-01T10:00:00Z'));
    expect(line).toContain(localized(campaign.election.name, 'fr'));
    expect(line).toContain('sam. 6 mai');
  });

  it('says clear otherwise', () => {
    expect(countryStatus(en, country('FR', 'France'), now)).toBe('No restriction in the next 30 days');
  });
});
