/**
 * Other names people type for a country, beyond what the browser already knows
 * (its name in the UI language, in English and in its own languages, from
 * Intl.DisplayNames): abbreviations, older or informal names. Data, kept apart
 * from the search (country-search.ts); every key is a dataset country (tested).
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BA: ['Bosnia', 'Bosnia and Herzegovina', 'BiH'],
  CZ: ['Czech Republic'],
  DO: ['Dominican Rep.'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KR: ['Korea', 'Republic of Korea', 'ROK'],
  MK: ['Macedonia'],
  NL: ['Holland'],
  NZ: ['Aotearoa'],
  RU: ['Russian Federation'],
  TR: ['Turkey', 'Turkiye'],
  TW: ['Republic of China', 'ROC'],
  US: ['USA', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
};
