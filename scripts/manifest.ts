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
  if (browser === 'chrome') return manifest;

  const { minimum_chrome_version: _chromeOnly, background, ...rest } = manifest;
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
