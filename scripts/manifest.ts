/**
 * The one root manifest.json, specialised per browser and build flavour.
 * Firefox MV3 runs the background as an event page (`background.scripts`)
 * and needs a gecko id; test builds also match localhost so the e2e fixture
 * pages get the content script. Release builds never carry test hosts.
 */
import baseManifest from '../manifest.json' with { type: 'json' };
import packageJson from '../package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export interface BuildTarget {
  readonly browser: TargetBrowser;
  readonly test: boolean;
}

export const GECKO_ID = 'silence-guard@silence-guard.org';
export const TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Test builds for Chromium carry this public key, so the unpacked extension
 * has the same id wherever it is loaded from (CHROME_TEST_ID, checked by a
 * unit test): the managed-policy e2e name the extension by id. Its private key
 * was thrown away; release builds get their id from the Chrome Web Store.
 */
export const CHROME_TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAs+9IozkCQoPc5vMtJAolak0tmhEuuUJUr5Y7RsKiwEBJR9Hw8OWZe4rQPkQxRkQsoovv7FxjX7TFdNW1CGoxA/qhqbRBB3EUHk0RNGn3sss5rPfE5/FpcquK5vd7aqJG4Ayf01Iuqmag2+H+QavSYGj1uzVc6ro6n3ZiK4S78UjBpaJm952l1JnsGfH63ND/O6+rG+En28sh1z/OkDB15lAw5GAZtWA0PnWrqNPUKGPYGA53fNo83OyGE2Vece1jWAADaNYGt17Gh9sNgujqxIGHbP6/VmwwTitoFf7y0agVORNZFbPjfZJQfvhc0pAqDauWi/xlGh3iMdwdsMtePwIDAQAB';
export const CHROME_TEST_ID = 'oljjmolbaafhlikohbmhbjmgdjpjdbog';

type Manifest = typeof baseManifest & Record<string, unknown>;

/** The one version number: package.json's, which `npm version` bumps. */
export const VERSION = packageJson.version;

export function manifestFor({ browser, test }: BuildTarget): Record<string, unknown> {
  const manifest: Manifest = { ...structuredClone(baseManifest), version: VERSION };
  if (test) {
    manifest.content_scripts = manifest.content_scripts.map((script) => ({
      ...script,
      matches: [...script.matches, ...TEST_HOSTS],
    }));
  }
  if (browser === 'chrome') return test ? { ...manifest, key: CHROME_TEST_KEY } : manifest;

  // Firefox reads an organisation's settings from its enterprise policies without a schema
  // (extension/shared/managed.ts validates them), and does not know the `storage` key.
  const { minimum_chrome_version: _chromeOnly, storage: _chromeSchema, background, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** `vite build --mode firefox-test` → { browser: 'firefox', test: true }. */
export function parseMode(mode: string): BuildTarget {
  const match = /^(chrome|firefox)(-test)?$/.exec(mode);
  if (match === null) throw new Error(`Unknown build mode "${mode}": use chrome, firefox, chrome-test or firefox-test.`);
  return { browser: match[1] as TargetBrowser, test: match[2] !== undefined };
}
