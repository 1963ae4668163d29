import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../shared/settings.ts';
import { extensionRootPath, originsNeedingScripts, siteState } from './site-access.ts';

const builtin = ['https://x.com/*', 'https://*.reddit.com/*'];

describe('siteState', () => {
  it('knows built-in, granted and other sites', () => {
    const settings = defaultSettings();
    expect(siteState('https://x.com/home', settings, builtin, [])).toEqual({ host: 'x.com', coverage: 'builtin', enabled: true });
    expect(siteState('https://forum.example.org/t/1', settings, builtin, ['https://forum.example.org/*'])).toEqual({
      host: 'forum.example.org',
      coverage: 'granted',
      enabled: true,
    });
    expect(siteState('https://blog.example.net/', settings, builtin, ['https://forum.example.org/*'])).toMatchObject({ coverage: 'none', enabled: false });
    expect(siteState('chrome://extensions/', settings, builtin, [])).toMatchObject({ coverage: 'unsupported', enabled: false });
  });

  it('honours a site switched off', () => {
    const settings = { ...defaultSettings(), disabledSites: ['www.reddit.com'] };
    expect(siteState('https://www.reddit.com/r/france', settings, builtin, [])).toEqual({ host: 'www.reddit.com', coverage: 'builtin', enabled: false });
  });
});

describe('originsNeedingScripts', () => {
  it('registers scripts only for granted sites the manifest does not already cover', () => {
    expect(originsNeedingScripts(['https://x.com/*', 'https://forum.example.org/*', '<all_urls>'], builtin)).toEqual(['https://forum.example.org/*']);
  });
});

describe('extensionRootPath', () => {
  it('turns the absolute URLs Firefox gives into paths from the extension root', () => {
    expect(extensionRootPath('moz-extension://6d5b0c3e-54a1-4f0e-9c43-5a8d1e3f7b21/assets/index.ts-abc123.js')).toBe('/assets/index.ts-abc123.js');
    expect(extensionRootPath('chrome-extension://abcdefghijklmnop/extension/content/index.js')).toBe('/extension/content/index.js');
  });

  it('roots relative paths, so they never depend on the calling page', () => {
    expect(extensionRootPath('extension/content/index.js')).toBe('/extension/content/index.js');
    expect(extensionRootPath('/extension/content/index.js')).toBe('/extension/content/index.js');
    expect(extensionRootPath('//extension/content/index.js')).toBe('/extension/content/index.js');
  });
});
