/**
 * The policy format in its three places agrees: Chromium's managed_schema
 * (public/managed-schema.json), the parser the background trusts
 * (managed.ts), and the example policy files in docs/policies/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { election } from '../../src/rules/schema.ts';
import { GECKO_ID } from '../../scripts/manifest.ts';
import { datasetChecks } from '../background/policy.ts';
import { parsePolicy } from './managed.ts';
import { MANAGED_FIELDS } from './settings.ts';

interface Schema {
  readonly type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema;
  readonly description?: string;
}

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../public/managed-schema.json') as Schema;

/**
 * What Chromium hands the extension after checking a policy against the
 * schema, as seen in Chromium 156 (e2e/managed-policy.spec.ts loads this
 * schema): properties the schema does not name are dropped at any depth, and
 * a value of the wrong type anywhere inside a setting drops that whole setting.
 */
function chromiumFilter(policy: Record<string, unknown>, root: Schema): Record<string, unknown> {
  const invalid = Symbol('invalid');
  const check = (value: unknown, node: Schema): unknown => {
    switch (node.type) {
      case 'object': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid;
        const kept: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value)) {
          const child = node.properties?.[key];
          if (child === undefined) continue;
          const checked = check(inner, child);
          if (checked === invalid) return invalid;
          kept[key] = checked;
        }
        return kept;
      }
      case 'array': {
        if (!Array.isArray(value)) return invalid;
        const items = value.map((item) => check(item, node.items as Schema));
        return items.includes(invalid) ? invalid : items;
      }
      case 'string':
        return typeof value === 'string' ? value : invalid;
      case 'boolean':
        return typeof value === 'boolean' ? value : invalid;
      default:
        return typeof value === 'number' ? value : invalid;
    }
  };
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(policy)) {
    const node = root.properties?.[key];
    const checked = node === undefined ? invalid : check(value, node);
    if (checked !== invalid) kept[key] = checked;
  }
  return kept;
}

/** Property names at every level of an object schema, as dotted paths. */
function schemaPaths(node: Schema, prefix = ''): string[] {
  const inner = node.type === 'array' ? (node.items as Schema) : node;
  return Object.entries(inner.properties ?? {}).flatMap(([key, child]) => [`${prefix}${key}`, ...schemaPaths(child, `${prefix}${key}.`)]);
}

/** The same for a valibot object schema (unwrapping optional, pipe and array). */
function valibotPaths(node: unknown, prefix = ''): string[] {
  let current = node as { type: string; wrapped?: unknown; item?: unknown; pipe?: unknown[]; entries?: Record<string, unknown> };
  for (;;) {
    if (current.pipe !== undefined && current.pipe[0] !== current) current = current.pipe[0] as typeof current;
    if (current.wrapped !== undefined) current = current.wrapped as typeof current;
    else if (current.item !== undefined) current = current.item as typeof current;
    else break;
  }
  return Object.entries(current.entries ?? {}).flatMap(([key, child]) => [`${prefix}${key}`, ...valibotPaths(child, `${prefix}${key}.`)]);
}

describe('the managed policy format', () => {
  it('Chromium schema names exactly the settings a policy can set, and locked', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...MANAGED_FIELDS, 'locked'].sort());
    for (const [key, node] of Object.entries(schema.properties ?? {})) expect({ key, described: node.description !== undefined }).toEqual({ key, described: true });
  });

  it('Chromium schema describes every field of an election, at every level, so Chromium drops none', () => {
    const customElections = schema.properties?.customElections as Schema;
    expect(schemaPaths(customElections).sort()).toEqual(valibotPaths(election).sort());
  });

  const municipal = { country: 'FR', date: '2026-03-15', name: 'Municipales de Lyon', type: 'local', status: 'confirmed' };
  const examples = {
    chromium: (read('../../docs/policies/chromium.json') as { '3rdparty': { extensions: Record<string, unknown> } })['3rdparty'].extensions,
    firefox: (read('../../docs/policies/firefox-policies.json') as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } }).policies['3rdparty']
      .Extensions,
  };

  it('the example policy files are complete, valid and the same for both browsers', () => {
    expect(Object.keys(examples.chromium)).toEqual(['EXTENSION_ID']);
    expect(Object.keys(examples.firefox)).toEqual([GECKO_ID]);
    const settings = examples.chromium.EXTENSION_ID;
    expect(examples.firefox[GECKO_ID]).toEqual(settings);
    // Chromium keeps all of it…
    expect(chromiumFilter(settings as Record<string, unknown>, schema)).toEqual(settings);
    // …and the background accepts all of it, dataset checks included.
    const { policy, problems } = parsePolicy(settings, datasetChecks(loadDataset()));
    expect(problems).toEqual([]);
    expect(policy).toEqual({ ...(settings as object), customElections: [municipal] });
    expect(new Set(Object.keys(policy ?? {}))).toEqual(new Set([...MANAGED_FIELDS, 'locked']));
  });

  it('what Chromium lets through from a sloppy policy, the background still checks', () => {
    const sloppy = {
      countries: ['FR', 'xx'],
      categories: { poll: 'no', campaign: false },
      disabledSites: ['a.org', 7],
      customElections: [{ ...municipal, extra: 'x' }],
      locked: ['countries', 'all'],
      colour: 'red',
    };
    const passed = chromiumFilter(sloppy, schema);
    expect(passed).toEqual({ countries: ['FR', 'xx'], customElections: [municipal], locked: ['countries', 'all'] });
    expect(parsePolicy(passed).policy).toEqual({ countries: ['FR'], customElections: [municipal], locked: ['countries'] });
  });
});
