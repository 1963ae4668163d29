/**
 * The only onMessage handler: validates each request, checks that the sender
 * may send it, and dispatches it through a table with one handler per request
 * type (each handler's answer is checked against its type's response).
 * Browser access comes in through `Services` so tests can drive the router
 * with an in-memory store.
 */
import * as v from 'valibot';
import type { Selection } from '../../src/detect/selection.ts';
import type { Dataset } from '../../src/rules/status.ts';
import {
  type BackgroundRequest,
  type ContentRequest,
  type ManagedState,
  type Overview,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  type UiRequest,
  contentRequestSchema,
  uiRequestSchema,
} from '../shared/messages.ts';
import { LockedSettingError } from '../shared/managed.ts';
import { NewerSettingsError, type Settings } from '../shared/settings.ts';
import { checkElection } from '../../src/data/validate.ts';
import { electionWindows, overview, verdictResponse } from './answers.ts';
import { siteState, withSiteSwitched } from './site-access.ts';
import type { FalseAlarm } from '../shared/false-alarms.ts';
import type { SiteAccess } from './site-scripts.ts';

export interface Services {
  readonly siteAccess: SiteAccess;
  /** The detector's patterns for content scripts: the selection for the user's countries and UI language, and its packed patterns. */
  readonly patterns: PatternSource;
  readonly dataset: Dataset;
  readonly now: () => number;
  /** The browser's IANA time zone, for suggesting a country. */
  readonly zone: () => string;
  /** The settings in effect (the user's, under the organisation's policy if any). */
  readonly readSettings: () => Promise<Settings>;
  /** Rejects with LockedSettingError if the change touches a setting the policy locks, NewerSettingsError if a newer version's settings are stored. */
  readonly updateSettings: (change: (current: Settings) => Settings) => Promise<Settings>;
  /** The organisation's policy as the UI shows it; null without one. */
  readonly readManagedState: () => Promise<ManagedState | null>;
  /** The false alarms reported from the card, kept on this device (false-alarm-store.ts). */
  readonly falseAlarms: FalseAlarmStore;
  readonly openOptionsPage: () => Promise<void>;
}

export interface FalseAlarmStore {
  /** Newest first. */
  list(): Promise<FalseAlarm[]>;
  add(alarm: FalseAlarm): Promise<void>;
  clear(): Promise<void>;
}

export interface PatternSource {
  selection(countries: readonly string[], uiLanguage: string | undefined): Selection;
  patterns(selection: Selection): string;
  uiLanguage(): string | undefined;
}

export interface SenderInfo {
  /** Whether the message comes from one of the extension's own pages (popup, options). */
  readonly fromExtensionPage: boolean;
  /** Hostname of the tab the content script runs in. */
  readonly site: string | undefined;
}

export class RejectedMessage extends Error {}

/** What the content script's handlers get besides their request. */
interface ContentContext {
  readonly sender: SenderInfo;
  readonly services: Services;
}

/** One handler per request type, whose answer is checked against that type's response. */
type Handlers<K extends RequestType, Context> = { readonly [T in K]: (request: RequestOf<T>, context: Context) => Promise<ResponseOf[T]> };

/**
 * Routes one message from the wire. A message of a known type gets that
 * type's response (or a RejectedMessage); what comes from the wire as
 * `unknown` gets any response.
 */
export function route<R extends BackgroundRequest>(message: R, sender: SenderInfo, services: Services): Promise<ResponseOf[R['type']]>;
export function route(message: unknown, sender: SenderInfo, services: Services): Promise<ResponseOf[RequestType]>;
export async function route(message: unknown, sender: SenderInfo, services: Services): Promise<ResponseOf[RequestType]> {
  const content = v.safeParse(contentRequestSchema, message);
  if (content.success) return refusedSettingChange(() => dispatch(contentHandlers, content.output.type, content.output, { sender, services }));
  const ui = v.safeParse(uiRequestSchema, message);
  if (ui.success) {
    if (!sender.fromExtensionPage) throw new RejectedMessage(`${ui.output.type} is only accepted from the extension's own pages`);
    return refusedSettingChange(() => dispatch(uiHandlers, ui.output.type, ui.output, services));
  }
  const type = typeof message === 'object' && message !== null && 'type' in message ? String(message.type) : typeof message;
  throw new RejectedMessage(`Unknown or malformed message: ${type}`);
}

/** A change the settings refuse (locked by policy, or stored by a newer version) is answered with the reason. */
async function refusedSettingChange<T>(handle: () => Promise<T>): Promise<T> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof LockedSettingError || error instanceof NewerSettingsError) throw new RejectedMessage(error.message);
    throw error;
  }
}

function dispatch<K extends RequestType, Context>(handlers: Handlers<K, Context>, type: K, request: RequestOf<K>, context: Context): Promise<ResponseOf[K]> {
  const handler: (request: RequestOf<K>, context: Context) => Promise<ResponseOf[K]> = handlers[type];
  return handler(request, context);
}

const contentHandlers: Handlers<ContentRequest['type'], ContentContext> = {
  async 'cs-bg/patterns'(request, { services: { patterns, readSettings } }) {
    // A tab that already has this selection's patterns gets only the key back.
    const selection = patterns.selection((await readSettings()).countries, patterns.uiLanguage());
    return request.have === selection.key ? { key: selection.key } : { key: selection.key, patterns: patterns.patterns(selection) };
  },
  async 'cs-bg/verdict'(request, { sender, services: { dataset, now, readSettings, readManagedState } }) {
    const response = verdictResponse(dataset, await readSettings(), request.categories, sender.site, now(), request.weak);
    if (!response.active) return response;
    // The card offers "Off on this site" only where the user may switch the site off.
    const locked = (await readManagedState())?.locked.includes('disabledSites') === true;
    return locked ? { ...response, siteSwitchLocked: true } : response;
  },
  async 'cs-bg/false-alarm'({ categories, countries, at, phrases }, { sender, services: { falseAlarms } }) {
    const host = requireSite(sender);
    await falseAlarms.add({ at, host, categories, countries, ...(phrases === undefined ? {} : { phrases }) });
    return { done: true };
  },
  async 'cs-bg/site-off'(_request, { sender, services: { updateSettings } }) {
    const host = requireSite(sender);
    await updateSettings((current) => withSiteSwitched(current, host, false));
    return { done: true };
  },
  async 'cs-bg/open-settings'(_request, { services: { openOptionsPage } }) {
    await openOptionsPage();
    return { done: true };
  },
  async 'cs-bg/snooze'(request, { services: { now, updateSettings } }) {
    const setAt = now();
    await updateSettings((settings) => ({ ...settings, snooze: { until: setAt + request.minutes * 60_000, setAt } }));
    return { active: false };
  },
};

/** The site of the tab a content script's message came from, as the browser names it (never the page). */
function requireSite(sender: SenderInfo): string {
  if (sender.site === undefined) throw new RejectedMessage('the sender is not a tab of a web site');
  return sender.site;
}

/** The overview the popup and options page redraw from, after any change. */
async function overviewOf(services: Services, settings: Settings): Promise<Overview> {
  return overview(services.dataset, settings, services.now(), services.zone(), await services.readManagedState());
}

const uiHandlers: Handlers<UiRequest['type'], Services> = {
  async 'ui-bg/overview'(_request, services) {
    return overviewOf(services, await services.readSettings());
  },
  async 'ui-bg/set-country'({ country, enabled }, services) {
    if (!services.dataset.countries.has(country.slice(0, 2))) throw new RejectedMessage(`No rules are known for ${country}`);
    const settings = await services.updateSettings((current) => ({
      ...current,
      countries: enabled ? [...new Set([...current.countries, country])] : current.countries.filter((code) => code !== country),
    }));
    return overviewOf(services, settings);
  },
  async 'ui-bg/set-preview'({ at }, services) {
    const settings = await services.updateSettings((current) => ({
      ...current,
      preview: at === null ? null : { at: Math.round(at), setAt: services.now() },
    }));
    return overviewOf(services, settings);
  },
  async 'ui-bg/add-election'({ election }, services) {
    const problems = checkElection(election, services.dataset.countries, 'election');
    if (problems.length > 0) throw new RejectedMessage(problems.join('; '));
    const settings = await services.updateSettings((current) => ({
      ...current,
      customElections: [
        ...current.customElections.filter((e) => !(e.country === election.country && e.date === election.date)),
        election,
      ].sort((a, b) => a.date.localeCompare(b.date)),
    }));
    return overviewOf(services, settings);
  },
  async 'ui-bg/election-windows'({ election }, services) {
    // The same check as adding it: what is previewed is what would be saved.
    const problems = checkElection(election, services.dataset.countries, 'election');
    if (problems.length > 0) throw new RejectedMessage(problems.join('; '));
    return { windows: electionWindows(services.dataset, await services.readSettings(), election) };
  },
  async 'ui-bg/remove-election'({ country, date }, services) {
    const settings = await services.updateSettings((current) => ({
      ...current,
      customElections: current.customElections.filter((e) => !(e.country === country && e.date === date)),
    }));
    return overviewOf(services, settings);
  },
  async 'ui-bg/site'({ url }, { siteAccess, readSettings }) {
    return siteState(url, await readSettings(), siteAccess.builtinMatches, await siteAccess.grantedOrigins());
  },
  async 'ui-bg/set-site'(request, { siteAccess, readSettings, updateSettings }) {
    const granted = await siteAccess.grantedOrigins();
    const before = siteState(request.url, await readSettings(), siteAccess.builtinMatches, granted);
    if (before.coverage === 'unsupported') throw new RejectedMessage('Silence Guard cannot run on this page');
    if (request.enabled && before.coverage === 'none') throw new RejectedMessage(`No permission to run on ${before.host}`);
    const settings = await updateSettings((current) => withSiteSwitched(current, before.host, request.enabled));
    if (request.enabled && request.justGranted === true) {
      await siteAccess.syncScripts();
      if (request.tabId !== undefined) await siteAccess.startInTab(request.tabId);
    }
    return siteState(request.url, settings, siteAccess.builtinMatches, granted);
  },
  async 'ui-bg/enable-site'({ host }, services) {
    return overviewOf(services, await services.updateSettings((current) => withSiteSwitched(current, host, true)));
  },
  async 'ui-bg/false-alarms'(_request, { falseAlarms }) {
    return falseAlarms.list();
  },
  async 'ui-bg/clear-false-alarms'(_request, { falseAlarms }) {
    await falseAlarms.clear();
    return falseAlarms.list();
  },
  async 'ui-bg/set-category'({ category, enabled }, services) {
    return overviewOf(services, await services.updateSettings((current) => ({ ...current, categories: { ...current.categories, [category]: enabled } })));
  },
  async 'ui-bg/resume'(_request, services) {
    return overviewOf(services, await services.updateSettings((current) => ({ ...current, snooze: null })));
  },
};
