import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/detect/detector.ts';
import { contentRequestSchema, uiRequestSchema } from './messages.ts';
import { LIMITS, defaultSettings, migrateSettings } from './settings.ts';

const election = (name: unknown, extra: Record<string, unknown> = {}) => ({ country: 'FR', date: '2027-03-14', name, type: 'local', status: 'confirmed', ...extra });
const issuesOf = (schema: v.GenericSchema, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
};

describe('message bounds', () => {
  it('cs-bg/verdict takes each known category at most once', () => {
    expect(v.is(contentRequestSchema, { type: 'cs-bg/verdict', categories: [...CATEGORIES] })).toBe(true);
    expect(v.is(contentRequestSchema, { type: 'cs-bg/verdict', categories: [] })).toBe(true);
    expect(issuesOf(contentRequestSchema, { type: 'cs-bg/verdict', categories: ['leak', 'leak'] })).toEqual(['categories: a category must not repeat']);
    expect(v.is(contentRequestSchema, { type: 'cs-bg/verdict', categories: ['leak', 'gossip'] })).toBe(false);
    expect(v.is(contentRequestSchema, { type: 'cs-bg/verdict', categories: ['leak'], weak: ['coded-results', 'coded-results'] })).toBe(false);
  });

  it('rejects a million categories quickly, without overflowing the stack', () => {
    const started = performance.now();
    const issues = issuesOf(contentRequestSchema, { type: 'cs-bg/verdict', categories: Array.from({ length: 1_000_000 }, () => 'leak') });
    expect(issues).toContain(`categories: at most ${CATEGORIES.length} categories`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('limits a custom election name to 200 characters, with a clear error', () => {
    const add = (name: unknown) => ({ type: 'ui-bg/add-election', election: election(name) });
    expect(v.is(uiRequestSchema, add('x'.repeat(LIMITS.electionName)))).toBe(true);
    expect(issuesOf(uiRequestSchema, add('x'.repeat(LIMITS.electionName + 1)))).toEqual(['election.name: the name must be at most 200 characters']);
    expect(issuesOf(uiRequestSchema, add('x'.repeat(4 * 1024 * 1024)))).toContain('election.name: the name must be at most 200 characters');
    expect(v.is(uiRequestSchema, add({ en: 'x'.repeat(201), fr: 'x' }))).toBe(false);
    expect(v.is(uiRequestSchema, { type: 'ui-bg/add-election', election: election('x', { notes: 'n'.repeat(LIMITS.electionText + 1) }) })).toBe(false);
    const sources = Array.from({ length: 200 }, (_, i) => ({ url: `https://example.org/${'p'.repeat(100)}/${i}`, title: 'Source' }));
    expect(issuesOf(uiRequestSchema, { type: 'ui-bg/add-election', election: election('x', { sources }) })).toEqual([
      `election: a custom election must be at most ${LIMITS.electionJson} characters written out`,
    ]);
  });

  it('bounds the other strings of the UI messages', () => {
    expect(v.is(uiRequestSchema, { type: 'ui-bg/enable-site', host: 'a'.repeat(LIMITS.hostname + 1) })).toBe(false);
    expect(v.is(uiRequestSchema, { type: 'ui-bg/site', url: `https://example.org/?${'q'.repeat(LIMITS.url)}` })).toBe(false);
    expect(v.is(uiRequestSchema, { type: 'ui-bg/set-site', url: `https://example.org/?${'q'.repeat(LIMITS.url)}`, enabled: true })).toBe(false);
    expect(v.is(uiRequestSchema, { type: 'ui-bg/remove-election', country: 'FR', date: 'x'.repeat(1e6) })).toBe(false);
    expect(v.is(uiRequestSchema, { type: 'ui-bg/remove-election', country: 'FR', date: '2027-03-14' })).toBe(true);
    expect(v.is(contentRequestSchema, { type: 'cs-bg/patterns', have: 'k'.repeat(1e6) })).toBe(false);
  });
});

describe('stored bounds', () => {
  it('drops a stored custom election with an over-long name, keeping the others', () => {
    const good = election('Municipales');
    const { settings, problem } = migrateSettings({ ...defaultSettings(), customElections: [good, election('x'.repeat(4 * 1024 * 1024))] });
    expect(settings.customElections).toEqual([good]);
    expect(problem).toContain('at most 200 characters');
  });

  it('keeps stored lists within their limits: valid entries, each once, as many as the list may hold', () => {
    const sites = Array.from({ length: LIMITS.disabledSites + 50 }, (_, i) => `site${i}.example`);
    const { settings } = migrateSettings({
      ...defaultSettings(),
      countries: ['FR', 'FR', 'DE'],
      disabledSites: [...sites, 'x'.repeat(LIMITS.hostname + 1)],
      touched: ['countries', 'countries', 'countries', 'countries', 'countries'],
    });
    expect(settings.disabledSites).toEqual(sites.slice(0, LIMITS.disabledSites));
    expect(settings.touched).toEqual(['countries']);
    expect(settings.countries).toEqual(['FR', 'FR', 'DE']);
  });
});
