import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataIndexSource } from '../../scripts/gen-data-index.ts';
import zoneCountries from './zone-countries.json' with { type: 'json' };
import { countryFiles, electionFiles } from './files.generated.ts';
import { loadDataset } from './load.ts';
import { checkDataset, hostProblem } from './validate.ts';

const dataset = loadDataset();
const REQUIRED = (
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE ' +
  'GB NO CH IS UA MD GE RS BA ME MK AL TR IL RU IN JP KR TW TH ID PH SG AU NZ CA US MX BR AR CL PE CO ' +
  'AM MY NG PK BD EG KE EC BO GT DO LK NP CR SV UY GH PY TN KZ KG'
).split(' ');

describe('the bundled dataset', () => {
  it('covers at least 80 countries including every required one', () => {
    expect(dataset.countries.size).toBeGreaterThanOrEqual(80);
    for (const code of REQUIRED) expect(dataset.countries.has(code), code).toBe(true);
  });

  it('imports every file in the data folders', () => {
    expect(readFileSync(new URL('files.generated.ts', import.meta.url), 'utf8')).toBe(dataIndexSource(new URL('./', import.meta.url)));
  });

  it.each([...dataset.countries.values()].map((c) => [c.code, c] as const))('%s has sources and a legal basis for what it records', (_code, country) => {
    const sources = [...(country.sources ?? []), ...country.rules.flatMap((rule) => rule.sources)];
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source.url).toMatch(/^https?:\/\/[^/\s]+\.[^/\s]+/);
    if (country.rules.length === 0) expect(country.legalBasis).toBeTruthy();
    for (const rule of country.rules) {
      expect(rule.legalBasis.trim(), rule.id).not.toBe('');
      expect(rule.penalty.en.trim(), rule.id).not.toBe('');
    }
  });

  it('suggests each country from its own main time zone', () => {
    const zones: Record<string, string> = zoneCountries;
    for (const country of dataset.countries.values()) expect(zones[country.zone], country.code).toBe(country.code);
  });

  it('has the 2017 French presidential rounds for replay, with the Saturday vote in the Americas', () => {
    const rounds = dataset.calendar.filter((e) => e.country === 'FR' && e.date.startsWith('2017') && e.type === 'presidential');
    expect(rounds.map((e) => e.date)).toEqual(['2017-04-23', '2017-05-07']);
    for (const round of rounds) expect(round.regionalVotes?.flatMap((v) => v.regions)).toContain('FR-971');
  });

  it('exports the as-of date the data was checked on, no earlier than any verification', async () => {
    const { DATASET_AS_OF } = await import('./as-of.ts');
    expect(DATASET_AS_OF).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const latest = [...dataset.countries.values()].map((c) => c.lastVerified).sort().at(-1);
    expect(latest! <= DATASET_AS_OF).toBe(true);
  });

  it('lists national elections for 2026–2028', () => {
    const upcoming = dataset.calendar.filter((e) => e.date >= '2026-01-01' && e.date <= '2028-12-31');
    expect(new Set(upcoming.map((e) => e.country)).size).toBeGreaterThanOrEqual(40);
  });
});

describe('validation messages', () => {
  it('names the file and the field of a bad entry', () => {
    const france = structuredClone(countryFiles['FR.json']) as { rules: { start: { time: string } }[]; zone: string };
    france.rules[0]!.start.time = '24:00';
    france.zone = 'Europe/Pariss';
    const { problems } = checkDataset({ 'FR.json': france }, {});
    expect(problems).toContain('countries/FR.json: rules.0.start.time: must be a 24-hour local time written HH:MM');
    expect(problems).toContain('countries/FR.json: zone: must be an IANA time zone such as Europe/Paris');
  });

  it('catches an election for a region the country does not list', () => {
    const { problems } = checkDataset(
      { 'FR.json': countryFiles['FR.json'] },
      { 'FR.json': [{ country: 'FR', date: '2030-01-01', name: { en: 'x', fr: 'x' }, type: 'local', status: 'confirmed', sources: [{ url: 'https://example.org', title: 't', kind: 'official' }], regionalVotes: [{ regions: ['FR-ZZZ'] }] }] },
    );
    expect(problems).toEqual(['elections/FR.json: 0: region "FR-ZZZ" is not listed in countries/FR.json']);
  });

  it('requires the official languages of a country besides English and French', () => {
    const germany = structuredClone(countryFiles['DE.json']) as { rules: { summary: Record<string, string> }[] };
    delete germany.rules[0]!.summary.de;
    const { problems } = checkDataset({ 'DE.json': germany }, {});
    expect(problems).toEqual(['countries/DE.json: rules.0.summary.de: missing (de is official in DE)']);
  });

  it('wants the bundled calendar localized, while a plain name stays valid for custom elections', () => {
    const { problems } = checkDataset(
      { 'FR.json': countryFiles['FR.json'] },
      { 'FR.json': [{ country: 'FR', date: '2030-01-01', name: 'x', type: 'local', status: 'confirmed', sources: [{ url: 'https://example.org', title: 't', kind: 'official' }] }] },
    );
    expect(problems).toEqual(['elections/FR.json: 0.name: must give the name per language ({ "en": …, "fr": … })']);
  });

  it('refuses malformed, cached, proxied and pre-production hosts', () => {
    expect(hostProblem('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006353232')).toBeUndefined();
    expect(hostProblem('https://fr.wikipedia.org./wiki/X')).toMatch(/ends with a dot/);
    expect(hostProblem('http://195.23.69.164/faq2/102/10')).toMatch(/IP address/);
    expect(hostProblem('https://www-pref-kagoshima-jp.cache.yimg.jp/ka01/index.html')).toMatch(/cached/);
    expect(hostProblem('https://webcache.googleusercontent.com/search?q=cache:x')).toMatch(/cached/);
    expect(hostProblem('https://preprod.tageblatt.lu/nachrichten/x')).toMatch(/pre-production/);
    expect(hostProblem('https://tersino.site/proxy.php?url=aHR0cHM6Ly93d3c')).toMatch(/proxy/);
    expect(hostProblem('https://example.org/?url=https%3A%2F%2Fnews.example')).toMatch(/proxy/);
    expect(hostProblem('https://localhost/x')).toMatch(/no domain/);
    expect(hostProblem('https://bad_host.example.com/')).toMatch(/malformed label/);
  });

  it('wants a law or election-body source behind every high-confidence rule', () => {
    const italy = structuredClone(countryFiles['IT.json']) as { rules: { confidence: string; sources: { kind: string }[] }[] };
    const index = italy.rules.findIndex((rule) => rule.confidence === 'high');
    for (const source of italy.rules[index]!.sources) source.kind = 'press';
    const { problems } = checkDataset({ 'IT.json': italy }, {});
    expect(problems).toEqual([
      `countries/IT.json: rules.${index}.sources: a high-confidence rule must cite the law text or the election body's own page (kind "law" or "official"), or be lowered to medium`,
    ]);
  });

  it('wants a rule below high confidence to say what could not be confirmed', () => {
    const italy = structuredClone(countryFiles['IT.json']) as { rules: { confidence: string; notes?: string }[] };
    const index = italy.rules.findIndex((rule) => rule.confidence === 'medium');
    delete italy.rules[index]!.notes;
    const { problems } = checkDataset({ 'IT.json': italy }, {});
    expect(problems).toEqual([`countries/IT.json: rules.${index}.notes: a medium-confidence rule must say what could not be confirmed`]);
  });

  it('gives Bulgaria\'s fines in euros too, at the fixed conversion rate of BGN 1.95583', () => {
    const bulgaria = dataset.countries.get('BG')!;
    let pairs = 0;
    for (const rule of bulgaria.rules) {
      for (const [, leva, euros] of rule.penalty.en.matchAll(/BGN ([\d,]+–[\d,]+) \(€([\d.,]+–[\d.,]+)/g)) {
        const [lo, hi] = leva!.split('–').map((n) => Number(n.replace(/,/g, '')) / 1.95583);
        expect(euros, rule.id).toBe([lo, hi].map((n) => n!.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).join('–'));
        pairs++;
      }
      if (/BGN \d/.test(rule.penalty.en)) expect(rule.penalty.en, rule.id).toMatch(/€/);
    }
    expect(pairs).toBe(5);
  });

  it('every bundled source says what kind of source it is', () => {
    for (const country of dataset.countries.values()) {
      for (const source of [...(country.sources ?? []), ...country.rules.flatMap((rule) => rule.sources)]) expect(source.kind, source.url).toBeDefined();
    }
  });

  it('requires sources and a legal basis from a country that records no rule', () => {
    const { sources: _s, legalBasis: _l, ...bare } = countryFiles['US.json'] as Record<string, unknown>;
    const { problems } = checkDataset({ 'US.json': bare }, {});
    expect(problems.join('\n')).toContain('countries/US.json: sources: a country with no rules needs a legalBasis and sources');
  });

  it('keeps the calendar current on the as-of date: past elections held, future ones not, every entry sourced', () => {
    const src = [{ url: 'https://example.org', title: 't', kind: 'official' }];
    const entry = (date: string, status: string, extra: Record<string, unknown> = {}) =>
      ({ country: 'FR', date, name: { en: 'x', fr: 'x' }, type: 'local', status, sources: src, ...extra });
    const { problems } = checkDataset(
      { 'FR.json': countryFiles['FR.json'] },
      {
        'FR.json': [
          entry('2026-11-01', 'expected', { notes: 'usual schedule' }),
          entry('2026-11-02', 'held'),
          entry('2026-12-20', 'held'),
          entry('2027-01-10', 'confirmed', { sources: [] }),
          entry('2026-12-01', 'held', { phases: [{ name: 'a', date: '2026-12-01' }, { name: 'b', date: '2026-12-10' }] }),
        ],
      },
      '2026-12-04',
    );
    expect(problems).toEqual([
      'elections/FR.json: 0.status: 2026-11-01 is before the as-of date 2026-12-04: mark it "held" with its real date, or remove it if it did not take place',
      'elections/FR.json: 2.status: 2026-12-20 is after the as-of date 2026-12-04, so it cannot be "held" yet',
      'elections/FR.json: 3.sources: cite at least one source for the date (the law fixing it, the election body, or the press)',
    ]);
  });

  it('wants an expected date to say what the estimate rests on', () => {
    const src = [{ url: 'https://example.org', title: 't', kind: 'press' }];
    const entry = (status: string, extra: Record<string, unknown> = {}) =>
      ({ country: 'FR', date: '2027-06-13', name: { en: 'x', fr: 'x' }, type: 'local', status, sources: src, ...extra });
    const { problems } = checkDataset(
      { 'FR.json': countryFiles['FR.json'] },
      { 'FR.json': [entry('expected'), entry('expected', { notes: 'six years after the last one' }), entry('confirmed')] },
      '2026-12-04',
    );
    expect(problems).toEqual([
      'elections/FR.json: 0.notes: an expected date is an estimate: say what it rests on (the usual schedule, a term\'s end, a report)',
    ]);
  });

  it('refuses a verification date later than the as-of date', () => {
    const france = structuredClone(countryFiles['FR.json']) as { lastVerified: string; rules: { lastVerified: string }[] };
    france.lastVerified = '2026-12-05';
    france.rules[0]!.lastVerified = '2026-12-05';
    const { problems } = checkDataset({ 'FR.json': france }, {}, '2026-12-04');
    expect(problems).toEqual([
      "countries/FR.json: lastVerified: 2026-12-05 is after the dataset's as-of date 2026-12-04",
      "countries/FR.json: rules.0.lastVerified: 2026-12-05 is after the dataset's as-of date 2026-12-04",
    ]);
  });

  it('the shipped files have no problem at all', () => {
    expect(checkDataset(countryFiles, electionFiles).problems).toEqual([]);
  });
});
