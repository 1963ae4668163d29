/**
 * Where Silence Guard runs: on the sites listed in the manifest, and on any
 * other site the user switches on from the popup (an optional host
 * permission plus a dynamically registered content script). A site can also
 * be switched off, built-in ones included.
 */
import { matchesPattern, sitePattern } from '../shared/match-pattern.ts';
import type { SiteStateMessage } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

/** What the popup is told about a site: its schema is `siteStateSchema` in the message protocol. */
export type SiteState = SiteStateMessage;
export type SiteCoverage = SiteState['coverage'];

export function siteState(url: string, settings: Settings, builtinMatches: readonly string[], granted: readonly string[]): SiteState {
  const pattern = sitePattern(url);
  if (pattern === undefined) return { host: '', coverage: 'unsupported', enabled: false };
  const host = new URL(url).hostname;
  const coverage: SiteCoverage = builtinMatches.some((m) => matchesPattern(m, url))
    ? 'builtin'
    : granted.some((origin) => matchesPattern(origin, url))
      ? 'granted'
      : 'none';
  return { host, coverage, enabled: coverage !== 'none' && !settings.disabledSites.includes(host) };
}

/**
 * The settings with warnings switched on or off for one hostname: the one
 * per-site switch, used by the popup's switch and the card's "Off on this site".
 */
export function withSiteSwitched(settings: Settings, host: string, enabled: boolean): Settings {
  return {
    ...settings,
    disabledSites: enabled ? settings.disabledSites.filter((h) => h !== host) : [...new Set([...settings.disabledSites, host])],
  };
}

/** The granted origins that need a dynamically registered content script (those the manifest does not cover). */
export function originsNeedingScripts(granted: readonly string[], builtinMatches: readonly string[]): string[] {
  return granted.filter((origin) => !builtinMatches.includes(origin) && origin !== '<all_urls>' && !origin.startsWith('*://*/'));
}

export const SITE_SCRIPT_PREFIX = 'site:';

/**
 * A content script's file as `scripting` wants it: a path from the
 * extension's root. Firefox's `runtime.getManifest()` gives absolute
 * `moz-extension://<uuid>/…` URLs, which `registerContentScripts` rejects
 * ("must be a relative URL"); and Firefox resolves a path without a leading
 * slash against the calling document, so one is always given.
 */
export function extensionRootPath(file: string): string {
  let path = file;
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) {
    try {
      path = new URL(file).pathname;
    } catch {
      // Not a URL after all: keep it as given.
    }
  }
  return `/${path.replace(/^\/+/, '')}`;
}
