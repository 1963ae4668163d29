/**
 * The only onMessage handler: validates each request, checks that the sender
 * may send it, and dispatches it. Browser access comes in through `Services`
 * so tests can drive the router with an in-memory store.
 */
import * as v from 'valibot';
import type { Selection } from '../../src/detect/selection.ts';
import type { Dataset } from '../../src/rules/status.ts';
import { type BackgroundRequest, type ResponseOf, contentRequestSchema, uiRequestSchema } from '../shared/messages.ts';
import { LockedSettingError } from '../shared/managed.ts';
import type { ManagedState } from '../shared/messages.ts';
import { NewerSettingsError, type Settings } from '../shared/settings.ts';
import { checkElection } from '../../src/data/validate.ts';
import { overview, verdictResponse } from './service.ts';
import { siteState } from './site-access.ts';

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

export async function route(message: unknown, sender: SenderInfo, services: Services): Promise<ResponseOf[BackgroundRequest['type']]> {
  const content = v.safeParse(contentRequestSchema, message);
  if (content.success) return refusedSettingChange(() => handleContent(content.output, sender, services));
  const ui = v.safeParse(uiRequestSchema, message);
  if (ui.success) {
    if (!sender.fromExtensionPage) throw new RejectedMessage(`${ui.output.type} is only accepted from the extension's own pages`);
    return refusedSettingChange(() => handleUi(ui.output, services));
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

async function handleContent(
  request: v.InferOutput<typeof contentRequestSchema>,
  sender: SenderInfo,
  { dataset, now, readSettings, updateSettings, patterns }: Services,
) {
  switch (request.type) {
    case 'cs-bg/patterns': {
      // A tab that already has this selection's patterns gets only the key back.
      const selection = patterns.selection((await readSettings()).countries, patterns.uiLanguage());
      return request.have === selection.key ? { key: selection.key } : { key: selection.key, patterns: patterns.patterns(selection) };
    }
    case 'cs-bg/verdict':
      return verdictResponse(dataset, await readSettings(), request.categories, sender.site, now(), request.weak);
    case 'cs-bg/snooze': {
      const setAt = now();
      await updateSettings((settings) => ({ ...settings, snooze: { until: setAt + request.minutes * 60_000, setAt } }));
      return { active: false } as const;
    }
  }
}

async function handleUi(request: v.InferOutput<typeof uiRequestSchema>, services: Services) {
  const { dataset, now, readSettings, updateSettings } = services;
  const overviewOf = async (settings: Settings) => overview(dataset, settings, now(), services.zone(), await services.readManagedState());
  switch (request.type) {
    case 'ui-bg/overview':
      return overviewOf(await readSettings());
    case 'ui-bg/set-country': {
      const { country, enabled } = request;
      if (!dataset.countries.has(country.slice(0, 2))) throw new RejectedMessage(`No rules are known for ${country}`);
      const settings = await updateSettings((current) => ({
        ...current,
        countries: enabled
          ? [...new Set([...current.countries, country])]
          : current.countries.filter((code) => code !== country),
      }));
      return overviewOf(settings);
    }
    case 'ui-bg/set-preview': {
      const { at } = request;
      const settings = await updateSettings((current) => ({
        ...current,
        preview: at === null ? null : { at: Math.round(at), setAt: now() },
      }));
      return overviewOf(settings);
    }
    case 'ui-bg/add-election': {
      const { election } = request;
      const problems = checkElection(election, dataset.countries, 'election');
      if (problems.length > 0) throw new RejectedMessage(problems.join('; '));
      const settings = await updateSettings((current) => ({
        ...current,
        customElections: [
          ...current.customElections.filter((e) => !(e.country === election.country && e.date === election.date)),
          election,
        ].sort((a, b) => a.date.localeCompare(b.date)),
      }));
      return overviewOf(settings);
    }
    case 'ui-bg/site': {
      const { siteAccess } = services;
      return siteState(request.url, await readSettings(), siteAccess.builtinMatches, await siteAccess.grantedOrigins());
    }
    case 'ui-bg/set-site': {
      const { siteAccess } = services;
      const granted = await siteAccess.grantedOrigins();
      const before = siteState(request.url, await readSettings(), siteAccess.builtinMatches, granted);
      if (before.coverage === 'unsupported') throw new RejectedMessage('Silence Guard cannot run on this page');
      if (request.enabled && before.coverage === 'none') throw new RejectedMessage(`No permission to run on ${before.host}`);
      const settings = await updateSettings((current) => ({
        ...current,
        disabledSites: request.enabled
          ? current.disabledSites.filter((host) => host !== before.host)
          : [...new Set([...current.disabledSites, before.host])],
      }));
      if (request.enabled && request.justGranted === true) {
        await siteAccess.syncScripts();
        if (request.tabId !== undefined) await siteAccess.startInTab(request.tabId);
      }
      return siteState(request.url, settings, siteAccess.builtinMatches, granted);
    }
    case 'ui-bg/enable-site':
      return overviewOf(
        await updateSettings((current) => ({ ...current, disabledSites: current.disabledSites.filter((host) => host !== request.host) })),
      );
    case 'ui-bg/set-category': {
      const { category, enabled } = request;
      return overviewOf(await updateSettings((current) => ({ ...current, categories: { ...current.categories, [category]: enabled } })));
    }
    case 'ui-bg/resume':
      return overviewOf(await updateSettings((current) => ({ ...current, snooze: null })));
    case 'ui-bg/remove-election': {
      const settings = await updateSettings((current) => ({
        ...current,
        customElections: current.customElections.filter((e) => !(e.country === request.country && e.date === request.date)),
      }));
      return overviewOf(settings);
    }
  }
}
