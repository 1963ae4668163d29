import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorsIndexSource } from '../../scripts/gen-data-index.ts';
import { actorFiles } from './actors.generated.ts';
import { ActorsError, checkActors, loadActors, normaliseTerm } from './actors.ts';
import { countryFiles } from './files.generated.ts';

const COUNTRIES = new Set(Object.keys(countryFiles).map((file) => file.slice(0, 2)));
const SOURCE = { url: 'https://example.org/parties', title: 'Parties' };

/** A small valid file to break one field at a time. */
function sample(country = 'FR') {
  return {
    country,
    asOf: '2026-12-01',
    parties: [
      { id: 'rn', names: ['Rassemblement national'], short: ['RN'], hashtags: ['#RN'], ambiguous: ['RN'], source: SOURCE },
      { id: 'renaissance', names: ['Renaissance'], ambiguous: ['Renaissance'], source: SOURCE },
    ],
    people: [{ id: 'bardella', names: ['Jordan Bardella'], aliases: ['Bardella'], party: 'rn', role: 'party leader', source: SOURCE }],
    operations: [{ id: 'macronleaks', names: ['MacronLeaks', 'Macron leaks'], year: 2017, source: SOURCE }],
  };
}

const check = (files: Record<string, unknown>) => checkActors(files, COUNTRIES).problems;

describe('actor file validation', () => {
  it('accepts a well-formed file and fills the optional lists', () => {
    const { actors, problems } = checkActors({ 'FR.json': sample() }, COUNTRIES);
    expect(problems).toEqual([]);
    expect(actors[0]?.parties[1]?.short).toEqual([]);
    expect(actors[0]?.people[0]?.ambiguous).toEqual([]);
    expect(actors[0]?.operations[0]?.ambiguous).toEqual([]);
  });

  it('names the file and field of a schema error', () => {
    const file = sample();
    (file.parties[0] as { source: unknown }).source = { url: 'not a url', title: 'x' };
    (file.people[0] as { role: string }).role = ' ';
    delete (file.operations[0] as { year?: number }).year;
    expect(check({ 'FR.json': file })).toEqual(
      expect.arrayContaining([
        'actors/FR.json: parties.0.source.url: must be a URL',
        'actors/FR.json: people.0.role: must not be empty',
        expect.stringMatching(/^actors\/FR\.json: operations\.0\.year: /),
      ]),
    );
  });

  it('requires a source on every entry', () => {
    const file = sample();
    delete (file.people[0] as { source?: unknown }).source;
    expect(check({ 'FR.json': file })).toEqual([expect.stringMatching(/^actors\/FR\.json: people\.0\.source: /)]);
  });

  it('requires the country code to match the file name', () => {
    expect(check({ 'DE.json': sample('FR') })).toEqual(['actors/DE.json: country: "FR" does not match the file name']);
  });

  it('requires the country to have a rules file', () => {
    expect(check({ 'ZZ.json': sample('ZZ') })).toEqual(['actors/ZZ.json: country: "ZZ" has no file in src/data/countries']);
  });

  it('reports a term that normalises to fewer than 2 characters', () => {
    const file = sample();
    file.parties[0]!.short = ['RN', 'Ⅴ', '…'];
    expect(check({ 'FR.json': file })).toEqual([
      'actors/FR.json: parties.0.short.1: "Ⅴ" normalises to "v", shorter than 2 characters',
      'actors/FR.json: parties.0.short.2: "…" normalises to "", shorter than 2 characters',
    ]);
  });

  it('requires two-letter abbreviations to be marked ambiguous', () => {
    const file = sample();
    file.parties[0]!.ambiguous = [];
    expect(check({ 'FR.json': file })).toEqual(['actors/FR.json: parties.0.short.0: "RN" is a two-letter abbreviation; list it in ambiguous']);
  });

  it('reports a hashtag without its # and terms that repeat once normalised', () => {
    const file = sample();
    file.parties[0]!.hashtags = ['RN'];
    file.parties[0]!.names = ['Rassemblement national', 'Rassemblement  National'];
    expect(check({ 'FR.json': file })).toEqual([
      expect.stringMatching(/^actors\/FR\.json: parties\.0\.hashtags\.0: must be one #/),
    ]);
    file.parties[0]!.hashtags = ['#RN'];
    expect(check({ 'FR.json': file })).toEqual([
      'actors/FR.json: parties.0.names.1: "Rassemblement  National" repeats "Rassemblement national" once normalised',
    ]);
  });

  it('reports duplicate ids across the groups of a file', () => {
    const file = sample();
    file.operations[0]!.id = 'rn';
    expect(check({ 'FR.json': file })).toEqual(['actors/FR.json: operations.0.id: duplicate id "rn" (also parties.0)']);
  });

  it('requires the party of a person to be a party of the same file', () => {
    const file = sample();
    file.people[0]!.party = 'fn';
    expect(check({ 'FR.json': file })).toEqual(['actors/FR.json: people.0.party: "fn" is not the id of a party in this file']);
  });

  it('requires ambiguous terms to be terms of the entry', () => {
    const file = sample();
    file.parties[1]!.ambiguous = ['Renaissance', 'RN'];
    expect(check({ 'FR.json': file })).toEqual(['actors/FR.json: parties.1.ambiguous.1: "RN" is not one of this entry\'s terms']);
  });

  it('reports one normalised term naming different kinds across files', () => {
    const germany = { ...sample('DE'), parties: [], people: [], operations: [{ id: 'rn', names: ['#Rassemblement_National'], year: 2020, source: SOURCE }] };
    expect(check({ 'FR.json': sample(), 'DE.json': germany })).toEqual([
      'actors/DE.json: operations.0.names.0: "rassemblement national" names an operation here but a party at actors/FR.json: parties.0.names.0',
    ]);
  });

  it('lets the same kind share a term across files (Greens, PS)', () => {
    const portugal = { ...sample('PT'), parties: [{ id: 'rn', names: ['Renovação Nacional'], short: ['RN'], ambiguous: ['RN'], source: SOURCE }], people: [], operations: [] };
    expect(check({ 'FR.json': sample(), 'PT.json': portugal })).toEqual([]);
  });

  it('normalises terms like the detector: case, accents, hashtags', () => {
    expect(normaliseTerm('Reconquête')).toBe('reconquete');
    expect(normaliseTerm('#MacronLeaks')).toBe('macronleaks');
  });
});

describe('the shipped actor files', () => {
  it('have no problem at all', () => {
    expect(checkActors(actorFiles, COUNTRIES).problems).toEqual([]);
  });

  it('load validated, one per file, sorted by country', () => {
    const actors = loadActors();
    expect(actors.map((file) => `${file.country}.json`)).toEqual(Object.keys(actorFiles).sort());
  });

  it('are all imported by actors.generated.ts', () => {
    expect(readFileSync(new URL('actors.generated.ts', import.meta.url), 'utf8')).toBe(actorsIndexSource(new URL('./', import.meta.url)));
  });

  it('each name several parties and people, every person of a party', () => {
    for (const file of loadActors()) {
      expect(file.parties.length, file.country).toBeGreaterThanOrEqual(3);
      expect(file.people.length, file.country).toBeGreaterThanOrEqual(3);
      expect(file.people.filter((person) => person.party !== undefined).length, file.country).toBeGreaterThan(0);
    }
  });

  it('cover the countries the detector starts with, and the sixty of the first rules dataset', () => {
    const covered = new Set(loadActors().map((file) => file.country));
    for (const code of ['FR', 'DE', 'IT', 'ES', 'PL', 'GB', 'US']) expect(covered.has(code), code).toBe(true);
    // Not every country: a new rules file may land before its actors file.
    expect(covered.size).toBeGreaterThanOrEqual(60);
  });

  it('record ballot list numbers where lists are numbered', () => {
    const numbered = (code: string) => loadActors().find((f) => f.country === code)!.parties.filter((p) => p.listNumbers.length > 0);
    expect(numbered('PL').map((p) => p.id)).toEqual(expect.arrayContaining(['pis', 'ko', 'konfederacja', 'lewica', 'trzecia-droga']));
    expect(numbered('BR').find((p) => p.id === 'pt')?.listNumbers).toEqual([13]);
    expect(numbered('ID')).toHaveLength(17);
  });

  it('throw an ActorsError that lists every problem', () => {
    const error = new ActorsError(['actors/FR.json: a', 'actors/DE.json: b']);
    expect(error.message).toBe('The actor files are invalid:\nactors/FR.json: a\nactors/DE.json: b');
  });
});
