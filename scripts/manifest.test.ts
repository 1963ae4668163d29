import { describe, expect, it } from 'vitest';
import base from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };
import { createHash } from 'node:crypto';
import { CHROME_TEST_ID, CHROME_TEST_KEY, GECKO_ID, TEST_HOSTS, VERSION, manifestFor, parseMode } from './manifest.ts';

describe('manifestFor', () => {
  it('keeps the Chrome release manifest as written, versioned from package.json', () => {
    expect(manifestFor({ browser: 'chrome', test: false })).toEqual({ ...base, version: packageJson.version });
    expect(base).not.toHaveProperty('version');
  });

  it('uses a version both stores accept (one to four dot-separated integers)', () => {
    expect(VERSION).toMatch(/^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/);
  });

  it('gives Firefox an event page, a gecko id and no Chrome-only keys', () => {
    const firefox = manifestFor({ browser: 'firefox', test: false });
    expect(firefox.background).toEqual({ scripts: ['extension/background/index.ts'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox).not.toHaveProperty('storage');
    const { background: _b, browser_specific_settings: _g, ...shared } = firefox;
    const { background: _cb, minimum_chrome_version: _m, storage: _s, ...chromeShared } = base;
    expect(shared).toEqual({ ...chromeShared, version: VERSION });
  });

  it('adds localhost to the content script matches only in test builds', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const release = JSON.stringify(manifestFor({ browser, test: false }));
      for (const host of TEST_HOSTS) expect(release).not.toContain(host);
      const test = manifestFor({ browser, test: true }) as { content_scripts: { matches: string[] }[] };
      expect(test.content_scripts[0]?.matches).toEqual([...base.content_scripts[0]!.matches, ...TEST_HOSTS]);
    }
  });

  it('pins the Chromium test build to a known id, and leaves release builds without a key', () => {
    expect(manifestFor({ browser: 'chrome', test: true }).key).toBe(CHROME_TEST_KEY);
    expect(manifestFor({ browser: 'chrome', test: false })).not.toHaveProperty('key');
    expect(manifestFor({ browser: 'firefox', test: true })).not.toHaveProperty('key');
    // Chromium's id: the SHA-256 of the public key, first 32 hex digits written with the letters a-p.
    const hex = createHash('sha256').update(Buffer.from(CHROME_TEST_KEY, 'base64')).digest('hex').slice(0, 32);
    expect([...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')).toBe(CHROME_TEST_ID);
  });

  it('never asks for all URLs up front, and exposes nothing to web pages', () => {
    expect(JSON.stringify(base)).not.toContain('<all_urls>');
    for (const browser of ['chrome', 'firefox'] as const) {
      for (const test of [false, true]) {
        const manifest = manifestFor({ browser, test });
        // No host access until the user grants a site; no file a page could load to detect the
        // extension; no way for a page to message it.
        for (const key of ['host_permissions', 'web_accessible_resources', 'externally_connectable', 'content_security_policy']) {
          expect({ browser, test, key, present: key in manifest }).toEqual({ browser, test, key, present: false });
        }
      }
    }
  });

  it('parses build modes and rejects unknown ones', () => {
    expect(parseMode('firefox-test')).toEqual({ browser: 'firefox', test: true });
    expect(parseMode('chrome')).toEqual({ browser: 'chrome', test: false });
    expect(() => parseMode('safari')).toThrow('Unknown build mode "safari"');
  });
});
