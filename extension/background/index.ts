/**
 * Background entry (Chrome service worker, Firefox event page). Listeners are
 * registered synchronously at the top level so a wake-up event is never
 * missed; all state is re-read from storage on each event.
 */
import { loadDataset } from '../../src/data/load.ts';
import { countryForZone } from '../../src/rules/suggest.ts';
import { browser, type Runtime } from '../shared/browser.ts';
import type { BackgroundPush } from '../shared/messages.ts';
import { SETTINGS_KEY } from '../shared/settings.ts';
import { PatternCache } from './patterns.ts';
import { type SenderInfo, route } from './router.ts';
import { nextAlarmTime, toolbarState } from './answers.ts';
import { readManagedState, readSettings, updateSettings } from './settings-store.ts';
import { falseAlarmStore } from './false-alarm-store.ts';
import { siteAccess } from './site-scripts.ts';
import { showToolbarState } from './toolbar.ts';

const BOUNDARY_ALARM = 'silence-boundary';
const dataset = loadDataset();
const cache = new PatternCache();
const services = {
  siteAccess,
  // Compiled here once per selection and worker lifetime, rather than in every tab.
  patterns: {
    selection: cache.selection.bind(cache),
    patterns: cache.patterns.bind(cache),
    uiLanguage: () => browser.i18n.getUILanguage(),
  },
  dataset,
  now: () => Date.now(),
  zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  readSettings,
  updateSettings: (change: Parameters<typeof updateSettings>[0]) => updateSettings(change),
  readManagedState,
  falseAlarms: falseAlarmStore,
  openOptionsPage: () => browser.runtime.openOptionsPage(),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, senderInfo(sender), services));

browser.storage.onChanged.addListener((changes, area) => {
  // The user's settings, or the organisation's policy (Chromium reloads it while running).
  if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') void refresh({ notifyTabs: true });
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === BOUNDARY_ALARM) void refresh({ notifyTabs: true });
});

/** The first-run page (built from vite.config.ts's extra inputs). */
const WELCOME_PATH = 'extension/welcome/index.html';

browser.runtime.onInstalled.addListener(({ reason }) => {
  void (async () => {
    // Works out of the box: a new user starts with the country of their time zone switched on.
    if (reason === 'install') {
      const suggested = countryForZone(services.zone());
      if (suggested !== undefined) {
        // Not the user's own choice, so an organisation's preset still applies over it.
        await updateSettings((current) => (current.countries.length > 0 ? current : { ...current, countries: [suggested] }), { byUser: false });
      }
    }
    await refresh({ notifyTabs: false });
    // First run: what Silence Guard does, and the countries to follow. Not in test builds: every e2e
    // starts a fresh profile, and a tab opening mid-test would take the focus from the page under test.
    if (reason === 'install' && !import.meta.env.TEST_BUILD) await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
  })();
});
// The keyboard shortcut (manifest `commands`): the card of the focused composer in the active tab opens.
browser.commands.onCommand.addListener((command) => {
  if (command !== 'open-card') return;
  void (async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // A tab without our content script rejects; nothing to open there.
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'bg-cs/open-card' } satisfies BackgroundPush).catch(() => undefined);
  })();
});
browser.runtime.onStartup.addListener(() => void refresh({ notifyTabs: false }));
// Sites switched on or off in the browser's own extension settings, too.
browser.permissions.onAdded.addListener(() => void siteAccess.syncScripts().catch(reportSyncFailure));
browser.permissions.onRemoved.addListener(() => void siteAccess.syncScripts().catch(reportSyncFailure));
// Also on every wake-up: a worker restarted by the browser re-arms its alarm.
void refresh({ notifyTabs: false });

/** Re-arms the boundary alarm, updates the toolbar and, if asked, tells open tabs to re-check. */
async function refresh({ notifyTabs }: { notifyTabs: boolean }): Promise<void> {
  const settings = await readSettings();
  const realNow = Date.now();
  const when = nextAlarmTime(dataset, settings, realNow);
  await browser.alarms.clear(BOUNDARY_ALARM);
  // A second of slack so the alarm fires just after the boundary, never just before it.
  if (when !== undefined) await browser.alarms.create(BOUNDARY_ALARM, { when: when + 1000 });
  // The alarm above also fires when a pause ends, so the paused look goes away on its own.
  await showToolbarState(toolbarState(dataset, settings, realNow));
  if (notifyTabs) await notifyAllTabs({ type: 'bg-cs/refresh' });
}

async function notifyAllTabs(push: BackgroundPush): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // Tabs without our content script reject; that is expected.
          browser.tabs.sendMessage(tab.id, push).catch(() => undefined),
    ),
  );
}

function reportSyncFailure(error: unknown): void {
  console.error('Silence Guard: could not update the content scripts of the sites switched on:', error);
}

function senderInfo(sender: Runtime.MessageSender): SenderInfo {
  const extensionOrigin = new URL(browser.runtime.getURL('')).origin;
  const fromExtensionPage = sender.id === browser.runtime.id && sender.url !== undefined && new URL(sender.url).origin === extensionOrigin;
  const pageUrl = sender.tab?.url ?? sender.url;
  return { fromExtensionPage, site: pageUrl === undefined ? undefined : hostnameOf(pageUrl) };
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
