/**
 * Firefox for Android: everything the Firefox build declares, and every
 * extension API the code calls, must exist on Android at the version
 * `gecko_android.strict_min_version` promises — checked against MDN's
 * browser-compat-data. An API Android lacks must be listed below with the
 * way the code copes without it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest.ts';

/** APIs missing on Firefox for Android, each with how the extension degrades there. */
const MISSING_ON_ANDROID: Record<string, string> = {
  // Android has no enterprise policies: extension/background/managed.ts treats a missing
  // storage.managed as "no policy", and docs/managed-policy.md says so.
  'storage.managed': 'no managed policy on Android',
  // Android has no keyboard shortcuts: the badge itself (a button) opens the card there.
  'commands.onCommand': 'no keyboard shortcut on Android',
};

/** Manifest keys Android lacks (it ignores them at install), each with how the extension degrades there. */
const MANIFEST_KEYS_MISSING_ON_ANDROID: Record<string, string> = {
  commands: 'no keyboard shortcut on Android: the badge itself (a button) opens the card',
};

interface Support {
  readonly version_added: string | boolean | null;
  readonly flags?: unknown;
  readonly prefix?: string;
  readonly alternative_name?: string;
}
interface CompatNode {
  readonly __compat?: { readonly support: Record<string, Support | Support[] | undefined> };
  readonly [key: string]: unknown;
}

const firefox = manifestFor({ browser: 'firefox', test: false }) as Record<string, unknown> & {
  permissions: string[];
  browser_specific_settings: { gecko_android: { strict_min_version: string } };
};
const androidMin = Number.parseFloat(firefox.browser_specific_settings.gecko_android.strict_min_version);
// Parsed directly: the file is large, and a JSON import would go through the bundler's transform.
const bcdPath = createRequire(import.meta.url).resolve('@mdn/browser-compat-data');
const { webextensions } = JSON.parse(readFileSync(bcdPath, 'utf8')) as { webextensions: { api: CompatNode; manifest: CompatNode } };

/** The first Firefox for Android version that supports the feature without a flag or prefix, if any. */
function androidSince(node: CompatNode | undefined): number | undefined {
  const support = node?.__compat?.support.firefox_android;
  if (support === undefined) return undefined;
  const versions = [support]
    .flat()
    .filter((s) => s.flags === undefined && s.prefix === undefined && s.alternative_name === undefined)
    .map((s) => s.version_added)
    .filter((v): v is string => typeof v === 'string' && v !== 'preview')
    .map((v) => Number.parseFloat(v.replace('≤', '')));
  return versions.length === 0 ? undefined : Math.min(...versions);
}

function child(node: CompatNode | undefined, key: string): CompatNode | undefined {
  return node?.[key] as CompatNode | undefined;
}

/** `browser.<namespace>.<member>` as written in extension/, e.g. `storage.local`, `scripting.executeScript`. */
function apisUsed(): string[] {
  const root = fileURLToPath(new URL('../extension/', import.meta.url));
  const used = new Set<string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file) || file.endsWith('.test.ts')) continue;
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(/\bbrowser\.([a-z][A-Za-z]*)\.([a-zA-Z]+)/g)) {
      used.add(`${match[1]}.${match[2]}`);
    }
  }
  return [...used].sort();
}

describe('Firefox for Android', () => {
  it('declares a minimum version that carries the data-collection declaration', () => {
    expect(androidSince(child(child(child(webextensions.manifest, 'browser_specific_settings'), 'gecko'), 'data_collection_permissions'))).toBeLessThanOrEqual(androidMin);
  });

  it('supports every permission the Firefox build asks for', () => {
    const permissions = child(webextensions.manifest, 'permissions');
    for (const permission of firefox.permissions) {
      expect({ permission, since: androidSince(child(permissions, permission)) }).toEqual({ permission, since: expect.toSatisfy((v: number) => v <= androidMin) });
    }
  });

  it('supports every manifest key of the Firefox build', () => {
    const checked: string[] = [];
    const visit = (value: unknown, node: CompatNode | undefined, path: string) => {
      if (node?.__compat !== undefined) {
        checked.push(path);
        expect({ key: path, since: androidSince(node) }).toEqual({ key: path, since: expect.toSatisfy((v: number) => v <= androidMin) });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const [key, inner] of Object.entries(value)) visit(inner, child(node, key), `${path}.${key}`);
    };
    for (const [key, value] of Object.entries(firefox)) {
      if (key in MANIFEST_KEYS_MISSING_ON_ANDROID) continue;
      // Arrays of objects (content_scripts) are described per entry key in the compat data.
      if (Array.isArray(value) && typeof value[0] === 'object') {
        for (const entry of value) visit(entry, child(webextensions.manifest, key), key);
      } else visit(value, child(webextensions.manifest, key), key);
    }
    expect(checked).toEqual(expect.arrayContaining(['action.default_popup', 'background.scripts', 'content_scripts.match_about_blank', 'options_ui.open_in_tab']));
  });

  it('has every extension API the code calls, or a listed way to do without it', () => {
    const used = apisUsed();
    expect(used).toEqual(expect.arrayContaining(['scripting.registerContentScripts', 'permissions.request', 'action.setBadgeText']));
    const unsupported = used.filter((api) => {
      const [namespace, member] = api.split('.') as [string, string];
      const since = androidSince(child(child(webextensions.api, namespace), member));
      return since === undefined || since > androidMin;
    });
    expect(unsupported.filter((api) => MISSING_ON_ANDROID[api] === undefined)).toEqual([]);
  });
});
