/**
 * Which patterns a tab needs: the lexicons of the national languages of the
 * user's countries, plus the UI language and English, and those countries'
 * actors. The background compiles and caches the patterns per selection
 * (keyed by `key`); a tab asks again only when the key changes.
 *
 * Runtime code (no lexicon, no data): the content script may import it.
 */

/**
 * The national (and widely written co-official) languages of each country with rules, as lexicon codes;
 * also Russian where a large part of the country writes it (EE, LV, MD, KZ, KG), and Montenegro's
 * languages in official use beside Serbian (Bosnian, Albanian); English where it is an official language
 * people post in (BD, IN, KE, LK, MY, PH, PK, SG); Guaraní beside Spanish in Paraguay.
 */
export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  AL: ['sq'],
  AM: ['hy'],
  AR: ['es'],
  AT: ['de'],
  AU: ['en'],
  BA: ['bs', 'hr', 'sr'],
  BD: ['bn', 'en'],
  BE: ['nl', 'fr', 'de'],
  BG: ['bg'],
  BO: ['es'],
  BR: ['pt'],
  CA: ['en', 'fr'],
  CH: ['de', 'fr', 'it'],
  CL: ['es'],
  CO: ['es'],
  CR: ['es'],
  CY: ['el', 'tr'],
  CZ: ['cs'],
  DE: ['de'],
  DK: ['da'],
  DO: ['es'],
  EC: ['es'],
  EE: ['et', 'ru'],
  EG: ['ar'],
  ES: ['es'],
  FI: ['fi', 'sv'],
  FR: ['fr'],
  GB: ['en'],
  GE: ['ka'],
  GH: ['en'],
  GR: ['el'],
  GT: ['es'],
  HR: ['hr'],
  HU: ['hu'],
  ID: ['id'],
  IE: ['en'],
  IL: ['he', 'ar'],
  IN: ['hi', 'en', 'bn', 'ur'],
  IS: ['is'],
  IT: ['it'],
  JP: ['ja'],
  KE: ['sw', 'en'],
  KG: ['ky', 'ru'],
  KR: ['ko'],
  KZ: ['kk', 'ru'],
  LK: ['si', 'ta', 'en'],
  LT: ['lt'],
  LU: ['fr', 'de'],
  LV: ['lv', 'ru'],
  MD: ['ro', 'ru'],
  ME: ['sr', 'bs', 'sq'],
  MK: ['mk', 'sq'],
  MT: ['en'],
  MX: ['es'],
  MY: ['ms', 'en'],
  NG: ['en'],
  NL: ['nl'],
  NO: ['nb'],
  NP: ['ne'],
  NZ: ['en'],
  PE: ['es'],
  PH: ['tl', 'en'],
  PK: ['ur', 'en'],
  PL: ['pl'],
  PT: ['pt'],
  PY: ['es', 'gn'],
  RO: ['ro'],
  RS: ['sr'],
  RU: ['ru'],
  SE: ['sv'],
  SG: ['en', 'zh', 'ms'],
  SI: ['sl'],
  SK: ['sk'],
  SV: ['es'],
  TH: ['th'],
  TN: ['ar', 'fr'],
  TR: ['tr'],
  TW: ['zh'],
  UA: ['uk'],
  US: ['en'],
  UY: ['es'],
};

export interface Selection {
  /** Lexicon languages, sorted. */
  readonly languages: readonly string[];
  /** Countries whose actors are included, sorted. */
  readonly countries: readonly string[];
  /** Names the selection: equal keys, equal patterns. */
  readonly key: string;
}

/**
 * The selection for a user: their countries' languages (a region code such as
 * FR-GP counts as its country), the UI language and English, limited to the
 * languages that have a lexicon; their countries' actors.
 */
export function selectionFor(countries: readonly string[], uiLanguage: string | undefined, available: ReadonlySet<string>): Selection {
  const codes = [...new Set(countries.map((code) => code.slice(0, 2).toUpperCase()))].sort();
  const languages = new Set(['en']);
  const ui = uiLanguage?.toLowerCase().split(/[-_]/)[0];
  if (ui !== undefined && ui !== '') languages.add(ui === 'no' || ui === 'nn' ? 'nb' : ui);
  for (const code of codes) for (const language of COUNTRY_LANGUAGES[code] ?? []) languages.add(language);
  const sorted = [...languages].filter((language) => available.has(language)).sort();
  return { languages: sorted, countries: codes, key: `${sorted.join(',')}|${codes.join(',')}` };
}
