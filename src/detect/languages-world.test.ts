import { describe, expect, it } from 'vitest';
import { LEXICON_LANGUAGES } from './classify.ts';
import { COUNTRY_LANGUAGES, selectionFor } from './selection.ts';

/**
 * The countries of Asia, the Middle East and Africa whose users get the lexicons added for issue 9, and the
 * languages each must select (the per-language tests are in lexicons/<lang>.test.ts).
 */
const COUNTRIES: [string, string[]][] = [
  ['BD', ['bn', 'en']],
  ['EG', ['ar']],
  ['IL', ['he', 'ar']],
  ['IN', ['hi', 'en', 'bn', 'ur']],
  ['JP', ['ja']],
  ['KR', ['ko']],
  ['NP', ['ne']],
  ['PK', ['ur', 'en']],
  ['SG', ['en', 'zh', 'ms']],
  ['TN', ['ar', 'fr']],
  ['TW', ['zh']],
];

describe('country languages (Asia, Middle East, Africa)', () => {
  it.each(COUNTRIES)('%s writes %j', (country, languages) => {
    expect(COUNTRY_LANGUAGES[country]).toEqual(languages);
  });

  it.each(COUNTRIES)('a user in %s gets the lexicons of %j that exist', (country, languages) => {
    const selected = selectionFor([country], 'en', LEXICON_LANGUAGES).languages;
    for (const language of languages) expect(selected.includes(language)).toBe(LEXICON_LANGUAGES.has(language));
  });
});
