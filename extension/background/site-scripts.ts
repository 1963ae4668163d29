/**
 * Browser side of per-site access: the content scripts registered for the
 * sites a user switched on (optional host permissions), kept in step with
 * the permissions the browser reports.
 */
import { browser } from '../shared/browser.ts';
import { SITE_SCRIPT_PREFIX, extensionRootPath, originsNeedingScripts } from './site-access.ts';

/** The browser side of per-site access (host permissions, registered scripts). */
export interface SiteAccess {
  /** Match patterns of the manifest's content scripts. */
  readonly builtinMatches: readonly string[];
  readonly grantedOrigins: () => Promise<string[]>;
  /** Registers content scripts for newly granted sites and drops those of revoked ones. */
  readonly syncScripts: () => Promise<void>;
  /** Starts the content script in a tab that was open before its site was switched on. */
  readonly startInTab: (tabId: number) => Promise<void>;
}

function manifestScript(): { matches: string[]; js: string[] } {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  return { matches: script?.matches ?? [], js: (script?.js ?? []).map(extensionRootPath) };
}

/**
 * One sync at a time: the popup's grant and the browser's `permissions.onAdded`
 * arrive together, and two overlapping syncs would register the same id twice.
 */
let syncing: Promise<void> = Promise.resolve();

async function syncOnce(): Promise<void> {
  const { matches, js } = manifestScript();
  const wanted = new Set(originsNeedingScripts((await browser.permissions.getAll()).origins ?? [], matches));
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SITE_SCRIPT_PREFIX));
  const stale = registered.filter((s) => !wanted.has(s.id.slice(SITE_SCRIPT_PREFIX.length))).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(registered.map((s) => s.id.slice(SITE_SCRIPT_PREFIX.length)));
  const missing = [...wanted].filter((origin) => !have.has(origin));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((origin) => ({ id: `${SITE_SCRIPT_PREFIX}${origin}`, matches: [origin], js, allFrames: true, runAt: 'document_idle' as const })),
    );
  }
}

export const siteAccess: SiteAccess = {
  builtinMatches: manifestScript().matches,
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
  syncScripts: () => {
    const run = syncing.then(syncOnce);
    syncing = run.catch(() => undefined);
    return run;
  },
  startInTab: async (tabId) => {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: manifestScript().js });
    // Firefox reports a script that failed to load or run in the result instead of rejecting.
    const top = results.find((result) => result.frameId === 0);
    if (top !== undefined && 'error' in top && top.error !== undefined) throw new Error(`The content script did not start in tab ${tabId}: ${String(top.error)}`);
  },
};
