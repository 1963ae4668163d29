import { describe, expect, it } from 'vitest';
import { COUNTRY_ALIASES } from './country-aliases.ts';
import { loadDataset } from '../../../src/data/load.ts';
import { overview } from '../../background/answers.ts';
import { countryName } from '../format.ts';
import { type Messages, speakerFrom } from '../speaker.ts';
import { defaultSettings } from '../settings.ts';
import { countryIndex, foldName, visibleRows } from './country-search.ts';

const dataset = loadDataset();
const speaker = speakerFrom({ uiLanguage: { message: 'en' } } satisfies Messages);
const realNow = Date.parse('2026-12-05T09:00:00Z');

function rowsFor(query: string, settings = defaultSettings(), at = realNow): string[] {
  const { countries } = overview(dataset, settings, at, 'Europe/Paris');
  const index = countryIndex(countries, (country) => countryName(speaker, country.code, country.name));
  return visibleRows(index, query, 'en').map((row) => row.country.code);
}

describe('popup search', () => {
  it('finds the United Kingdom by "UK", above Ukraine', () => {
    expect(rowsFor('UK').slice(0, 2)).toEqual(['GB', 'UA']);
    expect(rowsFor('u.k.')[0]).toBe('GB');
  });

  it('finds the United States by "USA" and "America"', () => {
    expect(rowsFor('USA')[0]).toBe('US');
    expect(rowsFor('america')[0]).toBe('US');
  });

  it("finds a country by its name in its own languages, from the browser's names", () => {
    expect(rowsFor('Deutschland')).toEqual(['DE']);
    expect(rowsFor('sverige')).toEqual(['SE']);
    expect(rowsFor('Österreich')).toEqual(['AT']);
    // Switzerland in each of the languages it is searched in.
    for (const name of ['Schweiz', 'Suisse', 'Svizzera']) expect(rowsFor(name), name).toEqual(['CH']);
  });

  it('ignores case, accents and punctuation, and finds a country by one of its regions', () => {
    expect(rowsFor('turkiye')).toEqual(['TR']);
    expect(rowsFor('GUADELOUPE')).toEqual(['FR']);
    expect(rowsFor('zzz')).toEqual([]);
  });

  it('puts a whole-name match before names that only contain what was typed', () => {
    // "Niger" is no dataset country; Nigeria starts with it and comes first.
    expect(rowsFor('nigeria')).toEqual(['NG']);
    expect(rowsFor('FR')[0]).toBe('FR');
  });

  it('names only dataset countries as aliases', () => {
    const keys = Object.keys(COUNTRY_ALIASES);
    expect(keys.filter((code) => !dataset.countries.has(code))).toEqual([]);
  });
});

describe('popup order', () => {
  it("puts the user's countries first, then silences in force, then windows within 30 days, then the nearest next election", () => {
    // Saturday 6 May 2017, noon in Paris: France's silence is in force.
    const at = Date.parse('2017-05-06T10:00:00Z');
    const settings = { ...defaultSettings(), countries: ['DE', 'FR'], preview: { at, setAt: realNow } };
    const { countries } = overview(dataset, settings, realNow, 'Europe/Paris');
    const order = rowsFor('', settings);
    expect(order.slice(0, 2)).toEqual(['FR', 'DE']);
    const rest = order.slice(2).map((code) => countries.find((c) => c.code === code)!);
    const statuses = rest.map((c) => c.status);
    // Statuses never go back up the list: active, then upcoming, then clear.
    expect(statuses).toEqual([...statuses].sort((a, b) => ['active', 'upcoming', 'clear'].indexOf(a) - ['active', 'upcoming', 'clear'].indexOf(b)));
    const clear = rest.filter((c) => c.status === 'clear').map((c) => c.nextElection?.date ?? '9999');
    expect(clear).toEqual([...clear].sort());
    expect(clear.length).toBeGreaterThan(10);
  });
});

describe('foldName', () => {
  it('folds punctuation, case and accents', () => {
    expect(foldName('  U.S.A. ')).toBe('usa');
    expect(foldName("Côte d'Ivoire")).toBe('cote divoire');
  });
});
