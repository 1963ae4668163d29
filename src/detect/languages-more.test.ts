import { describe, expect, it } from 'vitest';
import { countryFiles } from '../data/files.generated.ts';
import { LEXICON_LANGUAGES } from './classify.ts';
import { COUNTRY_LANGUAGES, selectionFor } from './selection.ts';

/**
 * The countries whose users get the lexicons added for issue 9's "every national language" (Nordic, Baltic,
 * Caucasus, Central, South and South-East Asia, East Africa, Latin America), and the languages each must
 * select (the per-language tests are in lexicons/<lang>.test.ts).
 */
const COUNTRIES: [string, string[]][] = [
  ['AM', ['hy']],
  ['BO', ['es']],
  ['CR', ['es']],
  ['DK', ['da']],
  ['DO', ['es']],
  ['EC', ['es']],
  ['EE', ['et', 'ru']],
  ['FI', ['fi', 'sv']],
  ['GE', ['ka']],
  ['GH', ['en']],
  ['GT', ['es']],
  ['ID', ['id']],
  ['IS', ['is']],
  ['KE', ['sw', 'en']],
  ['KG', ['ky', 'ru']],
  ['KZ', ['kk', 'ru']],
  ['LK', ['si', 'ta', 'en']],
  ['LT', ['lt']],
  ['LV', ['lv', 'ru']],
  ['MY', ['ms', 'en']],
  ['NG', ['en']],
  ['NO', ['nb']],
  ['PH', ['tl', 'en']],
  ['PY', ['es', 'gn']],
  ['SV', ['es']],
  ['TH', ['th']],
  ['UY', ['es']],
];

describe('country languages (every country of the dataset)', () => {
  it('every country with rules has its languages (add new ones to COUNTRY_LANGUAGES in selection.ts)', () => {
    const countries = Object.keys(countryFiles).map((file) => file.replace(/\.json$/, ''));
    expect(countries.length).toBeGreaterThan(50);
    expect(countries.filter((country) => (COUNTRY_LANGUAGES[country] ?? []).length === 0)).toEqual([]);
  });

  it.each(COUNTRIES)('%s writes %j', (country, languages) => {
    expect(COUNTRY_LANGUAGES[country]).toEqual(languages);
  });

  it.each(COUNTRIES)('a user in %s gets the lexicons of %j that exist', (country, languages) => {
    const selected = selectionFor([country], 'en', LEXICON_LANGUAGES).languages;
    for (const language of languages) expect(selected.includes(language)).toBe(LEXICON_LANGUAGES.has(language));
  });

  it.each(['no', 'nn-NO', 'nb'])('a Norwegian browser (%s) gets the Norwegian lexicon', (ui) => {
    expect(selectionFor([], ui, LEXICON_LANGUAGES).languages).toContain('nb');
  });
});
