/**
 * One small driver interface over Playwright (Chromium) and puppeteer-core
 * (Firefox over WebDriver BiDi), so every e2e spec runs unchanged in both
 * browsers with the real built extension loaded.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CDPSession, type ConsoleMessage, type Page as PlaywrightPage, chromium } from '@playwright/test';
import puppeteer, { type Browser as PuppeteerBrowser, type ConsoleMessage as PuppeteerConsoleMessage, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest.ts';
import { type AccessibilityBackend, DEFAULT_WAIT_MS, type RoleLocator, roleLocator } from './accessibility.ts';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../../scripts/browsers.ts';
import { type PolicyLaunch, withPolicy } from './policy.ts';
import { ChromiumAccessibility } from './chromium-accessibility.ts';
import { FirefoxAccessibility } from './firefox-accessibility.ts';
import { startRecordingProxy } from './recording-proxy.ts';

export { DEFAULT_WAIT_MS };
export type { Box, ElementState, RoleLocator } from './accessibility.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface PageDriver {
  goto(url: string): Promise<void>;
  /**
   * Elements by role and accessible name, as the browser's accessibility engine
   * computes them, in the page and its frames, inside open and closed shadow
   * roots. Use this for everything of the extension's own UI.
   */
  getByRole(role: string, name?: string): RoleLocator;
  /** Types into the focused element with real key events. */
  type(text: string): Promise<void>;
  /** Presses one key by its name: 'Enter', 'Escape', 'Tab', 'Space', 'Backspace', or a character. */
  press(key: string): Promise<void>;
  /** Presses a key with Control held (Control+A selects all). */
  pressWithControl(key: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /**
   * Evaluates a script's source in the page through the automation protocol (not subject to
   * the page's CSP, which forbids eval on extension pages) and returns its value (JSON only;
   * a promise is awaited). For injecting a library such as axe-core.
   */
  evaluateSource(source: string): Promise<unknown>;
  /** Resolves when fn(arg) is truthy in the page; rejects after timeoutMs. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resizes the viewport (CSS pixels): 640 × 360 lays a page out as a 1280 × 720 window at 200 % zoom does. */
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this tab the selected one, as a user clicking it would (a hidden tab gets no focus events). */
  bringToFront(): Promise<void>;
  /**
   * Calls `listener` with the text of each console message of the tab, the extension's
   * content scripts' included (a world the page's scripts cannot read); returns the unsubscribe.
   */
  onConsole(listener: (text: string) => void): () => void;
  close(): Promise<void>;
}

export interface ExtensionHarness {
  readonly browserName: BrowserName;
  newPage(url: string): Promise<PageDriver>;
  /** A page of the extension itself, e.g. `extension/popup/index.html`. */
  extensionPage(path: string): Promise<PageDriver>;
  /** Waits for a tab showing this page of the extension that something else opened (e.g. runtime.openOptionsPage). */
  openedExtensionPage(path: string): Promise<PageDriver>;
  /**
   * Makes the browser say yes when the extension next asks for these host permissions, as a
   * user would: Firefox accepts optional-permission requests by itself in this profile
   * (`extensions.webextOptionalPermissionPrompts`); Chromium has no such switch, so the user's
   * own "allow on this site" is given first in chrome://extensions, after which Chromium grants
   * the extension's request without a prompt.
   */
  acceptHostPermissions(origins: readonly string[]): Promise<void>;
  /**
   * Stops the extension's background as the browser does when it is idle, and resolves once
   * it is stopped (it starts again on the next event, e.g. a message from a tab). Chromium:
   * DevTools' ServiceWorker.stopWorker, and the worker's running status must read "stopped".
   * Firefox: the event page is terminated the way about:debugging's "Terminate background
   * script" does it, in the browser's privileged scope (WebDriver BiDi with
   * --remote-allow-system-access), and its state must read "stopped".
   */
  stopBackground(): Promise<void>;
  /**
   * The files in the browser's downloads folder (name as the browser chose it from the link's
   * `download` attribute, and content), as a user would find them there. Firefox may list a file
   * before it has written it: poll for the content expected.
   */
  downloads(): Promise<{ name: string; text: string }[]>;
  close(): Promise<void>;
  /** Settles when the browser goes away, e.g. the user closed its window. */
  readonly closed: Promise<void>;
}

export function distFor(browserName: BrowserName, flavour: 'test' | 'release' = 'test'): string {
  const folder = browserName === 'chromium' ? 'chrome' : 'firefox';
  return fileURLToPath(new URL(`../../dist/${folder}${flavour === 'test' ? '-test' : ''}/`, import.meta.url));
}

/** `request` is a URL, or `CONNECT host:port` for HTTPS through the proxy. */
export type RequestRecorder = (request: string, seenAt: 'proxy' | 'context') => void;

export interface LaunchOptions {
  readonly dist?: string;
  readonly headless?: boolean;
  /** An organisation's settings for the extension, given to this browser only (see policy.ts). */
  readonly policy?: Record<string, unknown>;
  /**
   * Reports every network request of the whole browser (pages, frames, the extension's pages,
   * content scripts and background, and the browser's own services), as a recording proxy
   * sees them (recording-proxy.ts; `seenAt` "proxy"); in Chromium also each request of a
   * page, frame or the extension's service worker as DevTools reports it ("context"), which
   * tells the extension's requests from the browser's own.
   */
  readonly onRequest?: RequestRecorder;
  /** The colour scheme pages see (prefers-color-scheme); light unless told. */
  readonly colorScheme?: 'light' | 'dark';
  /**
   * The browser's UI language (a BCP 47 tag), which picks the extension's locale; English
   * (en-US) unless told, since the specs find elements by the English strings. Another one
   * needs that language's browser resources installed: Debian's chromium-l10n and
   * firefox-esr-l10n-<lang> (.ci/run installs French).
   */
  readonly locale?: string;
  /**
   * A phone: every page gets this viewport (CSS pixels) and a touch screen as its only
   * pointer. Chromium: Playwright's `isMobile` + `hasTouch` (the meta viewport is honoured,
   * taps are touch events; `(pointer: coarse)` matches in web pages but not in the
   * extension's own pages). Firefox has no `isMobile`: preferences give touch events and a
   * coarse primary pointer without hover, and each tab gets the viewport (Firefox ESR 153 has
   * no emulation.setTouchOverride, so navigator.maxTouchPoints stays 0 there).
   */
  readonly mobile?: { readonly width: number; readonly height: number };
}

export async function launchExtension(browserName: BrowserName, options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const dist = options.dist ?? distFor(browserName);
  const headless = options.headless ?? true;
  const policy = options.policy === undefined ? undefined : withPolicy(browserName, options.policy);
  try {
    const harness = await (browserName === 'chromium'
      ? launchChromium(dist, headless, policy, options.onRequest, options.colorScheme, options.locale, options.mobile)
      : launchFirefox(dist, headless, policy, options.onRequest, options.colorScheme, options.locale, options.mobile));
    return policy === undefined ? harness : { ...harness, close: () => harness.close().finally(policy.cleanup) };
  } catch (error) {
    policy?.cleanup();
    throw error;
  }
}

// ---- Chromium (Playwright) -----------------------------------------------

async function launchChromium(
  dist: string,
  headless: boolean,
  policy?: PolicyLaunch,
  onRequest?: RequestRecorder,
  colorScheme: 'light' | 'dark' = 'light',
  locale = 'en-US',
  mobile?: LaunchOptions['mobile'],
): Promise<ExtensionHarness> {
  const recorder = onRequest === undefined ? undefined : await startRecordingProxy((request) => onRequest(request, 'proxy'));
  // Requests of service workers (the extension's background) are reported only with this switch.
  if (onRequest !== undefined) process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  // Every host through the recorder, localhost too (Chromium skips the proxy for loopback unless told).
  const proxy = recorder === undefined ? [] : [`--proxy-server=http://127.0.0.1:${recorder.port}`, '--proxy-bypass-list=<-loopback>'];
  const downloadDir = mkdtempSync(join(tmpdir(), 'silence-guard-downloads-'));
  const context = await chromium.launchPersistentContext('', {
    executablePath: policy?.executablePath ?? chromiumPath(),
    acceptDownloads: true,
    downloadsPath: downloadDir,
    // The browser's UI language, which chrome.i18n follows. On Linux Chromium takes it from the
    // environment (LANGUAGE first, then LC_ALL / LANG) and ignores --lang, which only Windows and
    // ChromeOS honour: Chromium 156 here reported en-US under --lang=fr and --lang=fr-FR, and fr
    // under LANGUAGE=fr_FR. Always set, so a machine whose own LANG is French still runs in English.
    env: { ...(policy?.env ?? (process.env as Record<string, string>)), LANGUAGE: locale.replace('-', '_') },
    headless,
    colorScheme,
    ...(mobile === undefined ? {} : { viewport: { width: mobile.width, height: mobile.height }, isMobile: true, hasTouch: true }),
    // The pages' language (navigator.language, Accept-Language).
    locale,
    args: [...CHROMIUM_ARGS, ...proxy, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Playwright stores each download under a random name: the name the browser chose comes from the event.
  const downloaded: Promise<{ name: string; text: string } | undefined>[] = [];
  const watchDownloads = (page: PlaywrightPage) =>
    page.on('download', (download) => {
      downloaded.push(download.path().then((path) => ({ name: download.suggestedFilename(), text: readFileSync(path, 'utf8') }), () => undefined));
    });
  context.pages().forEach(watchDownloads);
  context.on('page', watchDownloads);
  if (onRequest !== undefined) context.on('request', (request) => onRequest(request.url(), 'context'));
  // Node's URL gives "null" as the origin of chrome-extension:// URLs.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    browserName: 'chromium',
    newPage: async (url) => {
      const page = await context.newPage();
      if (process.env.E2E_DEBUG) page.on('console', (m) => console.log('[console]', m.type(), m.text()));
      if (process.env.E2E_DEBUG) page.on('pageerror', (e) => console.log('[pageerror]', e.message));
      await page.goto(url);
      return playwrightDriver(page);
    },
    extensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`${origin}/${path}`);
      return playwrightDriver(page);
    },
    openedExtensionPage: async (path) => {
      const url = `${origin}/${path}`;
      // A new tab's first URL may be about:blank: its address is checked as it loads, not only when it opens.
      const deadline = Date.now() + DEFAULT_WAIT_MS;
      for (;;) {
        const page = context.pages().find((p) => p.url() === url);
        if (page !== undefined) {
          await page.waitForLoadState('domcontentloaded');
          return playwrightDriver(page);
        }
        if (Date.now() > deadline) throw new Error(`no tab showed ${url} within ${DEFAULT_WAIT_MS} ms`);
        await context.waitForEvent('page', { timeout: 250 }).catch(() => undefined);
      }
    },
    acceptHostPermissions: async (origins) => {
      const page = await context.newPage();
      const id = new URL(origin).host;
      await page.goto(`chrome://extensions/?id=${id}`);
      await page.evaluate(
        async ([extensionId, patterns]) => {
          type DeveloperPrivate = { addHostPermission(id: string, host: string): Promise<void> };
          const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
          for (const pattern of patterns) await api.addHostPermission(extensionId, pattern);
        },
        [id, [...origins]] as const,
      );
      await page.close();
    },
    stopBackground: async () => {
      // DevTools' ServiceWorker domain lives on page sessions (not the browser's); any page of the
      // profile reaches the extension's worker. Playwright keeps its Worker object across the
      // restart (it fires no new "serviceworker" event), so the stop is confirmed by the worker's
      // own running status instead.
      const page = context.pages()[0] ?? (await context.newPage());
      const session = await context.newCDPSession(page);
      try {
        await stopServiceWorker(session, origin);
      } finally {
        await session.detach();
      }
    },
    downloads: async () => (await Promise.all(downloaded)).filter((file) => file !== undefined),
    close: async () => {
      await context.close();
      await recorder?.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
    closed: new Promise((resolve) => context.once('close', () => resolve())),
  };
}

/**
 * Stops the extension's service worker as Chromium does when it is idle, and resolves once its
 * running status reads "stopped" (its in-memory state is gone; the next event starts it again).
 */
async function stopServiceWorker(session: CDPSession, origin: string): Promise<void> {
  const status = new Map<string, string>();
  let check = (): void => undefined;
  const onVersions = ({ versions }: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }): void => {
    for (const version of versions) if (version.scriptURL.startsWith(`${origin}/`)) status.set(version.versionId, version.runningStatus);
    check();
  };
  const until = (done: () => boolean, what: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}: ${JSON.stringify([...status])}`)), DEFAULT_WAIT_MS);
      check = () => {
        if (!done()) return;
        clearTimeout(timer);
        resolve();
      };
      check();
    });
  session.on('ServiceWorker.workerVersionUpdated', onVersions);
  try {
    // Enabling the domain reports every current worker version.
    await session.send('ServiceWorker.enable');
    await until(() => status.size > 0, "the extension's service worker to be listed");
    for (const [versionId, running] of status) if (running !== 'stopped') await session.send('ServiceWorker.stopWorker', { versionId });
    await until(() => [...status.values()].every((running) => running === 'stopped'), "the extension's service worker to stop");
  } finally {
    session.off('ServiceWorker.workerVersionUpdated', onVersions);
  }
}

function playwrightDriver(page: PlaywrightPage): PageDriver {
  const accessibility = lazy(() => ChromiumAccessibility.attach(page));
  return {
    goto: async (url) => void (await page.goto(url)),
    getByRole: (role, name) => roleLocator(accessibility, role, name),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    pressWithControl: (key) => page.keyboard.press(`Control+${key}`),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateSource: (source) => page.evaluate(source),
    waitFor: async (fn, arg, timeoutMs = DEFAULT_WAIT_MS) => void (await page.waitForFunction(fn as never, arg, { timeout: timeoutMs })),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    bringToFront: () => page.bringToFront(),
    onConsole: (listener) => {
      const onMessage = (message: ConsoleMessage) => listener(message.text());
      page.on('console', onMessage);
      return () => page.off('console', onMessage);
    },
    close: () => page.close(),
  };
}

// ---- Firefox (puppeteer-core, WebDriver BiDi) ------------------------------

/**
 * What makes desktop Firefox take input as Firefox for Android does: touch events on, and a
 * primary pointer that is coarse and cannot hover (bit flags: 1 coarse, 2 fine, 4 hover), so
 * `(pointer: coarse)` and `(hover: none)` match as on a phone. (Android's meta-viewport
 * handling, `dom.meta-viewport.enabled`, broke opening moz-extension:// pages over BiDi
 * here; pages laid out for phones are as wide as the 360 px viewport without it.)
 */
const ANDROID_LIKE_PREFS = {
  'dom.w3c_touch_events.enabled': 1,
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
};

/** Fixed so extension pages have a known moz-extension:// address. */
export const FIREFOX_EXTENSION_UUID = '6d5b0c3e-54a1-4f0e-9c43-5a8d1e3f7b21';

async function launchFirefox(
  dist: string,
  headless: boolean,
  policy?: PolicyLaunch,
  onRequest?: RequestRecorder,
  colorScheme: 'light' | 'dark' = 'light',
  locale = 'en-US',
  mobile?: LaunchOptions['mobile'],
): Promise<ExtensionHarness> {
  const recorder = onRequest === undefined ? undefined : await startRecordingProxy((request) => onRequest(request, 'proxy'));
  const proxyPort = recorder?.port;
  const proxy =
    proxyPort === undefined
      ? {}
      : {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxyPort,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
        };
  const profile = mkdtempSync(join(tmpdir(), 'silence-guard-firefox-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'silence-guard-downloads-'));
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: policy?.executablePath ?? firefoxPath(),
    ...(policy === undefined ? {} : { env: policy.env }),
    headless,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // permissions.request() resolves true without a prompt (see acceptHostPermissions).
      'extensions.webextOptionalPermissionPrompts': false,
      // The browser's UI language, which browser.i18n follows (a language pack for it must be installed).
      'intl.locale.requested': locale,
      // prefers-color-scheme for pages and extension pages: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      // Downloads go straight to this folder, without asking and without opening the downloads panel.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Quiet, offline-friendly profile.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...proxy,
      ...(mobile === undefined ? {} : ANDROID_LIKE_PREFS),
    },
  });
  /** A new tab, as a phone's when `mobile` is given (set before its first navigation, so no reload is needed). */
  /** Makes a loaded tab a phone's (a new tab's about:blank never finishes setViewport here, so after the first navigation). */
  const asPhone = async (page: PuppeteerPage): Promise<void> => {
    if (mobile === undefined) return;
    // Touch comes from the preferences above: this Firefox ESR has no emulation.setTouchOverride.
    await page.setViewport({ width: mobile.width, height: mobile.height });
  };
  await browser.installExtension(dist);
  return {
    browserName: 'firefox',
    newPage: async (url) => {
      const page = await browser.newPage();
      if (process.env.E2E_DEBUG) page.on('console', (m) => console.log('[console]', m.type(), m.text()));
      if (process.env.E2E_DEBUG) page.on('pageerror', (e) => console.log('[pageerror]', (e as Error).message));
      await page.goto(url);
      await asPhone(page);
      return puppeteerDriver(page);
    },
    extensionPage: async (path) => {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
      // Firefox sends no load events for moz-extension:// documents over WebDriver BiDi, so a
      // goto waiting for "load" never settles; the navigate command itself does, once the new
      // document is interactive. Nothing may be evaluated in the tab before that: a script run
      // in the outgoing about:blank while Firefox swaps it for the extension's process gets a
      // null completion, which Firefox's BiDi turns into "right-hand side of 'in' should be an
      // object, got null" (the old flaky failure).
      await page.goto(url, { waitUntil: [] });
      await pollInPage(page, (expected: string) => location.href === expected && document.readyState === 'complete', url, DEFAULT_WAIT_MS);
      await asPhone(page);
      return puppeteerDriver(page);
    },
    openedExtensionPage: async (path) => {
      const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
      // moz-extension:// documents send no load event over BiDi (see extensionPage), so puppeteer
      // keeps such a tab's address at about:blank: the browser's own tree of tabs is asked instead.
      type BiDi = { send(method: string, params: object): Promise<{ result: { contexts: { context: string; url: string }[] } }> };
      const connection = (browser as unknown as { connection: BiDi }).connection;
      const deadline = Date.now() + DEFAULT_WAIT_MS;
      for (;;) {
        const { result } = await connection.send('browsingContext.getTree', { maxDepth: 0 });
        const context = result.contexts.find((c) => c.url === url)?.context;
        const page = context === undefined ? undefined : (await browser.pages()).find((p) => (p.mainFrame() as unknown as { _id: string })._id === context);
        if (page !== undefined) return puppeteerDriver(page);
        if (Date.now() > deadline) throw new Error(`no tab showed ${url} within ${DEFAULT_WAIT_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    acceptHostPermissions: async () => undefined,
    stopBackground: async () => {
      type BiDi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };
      const connection = (browser as unknown as { connection: BiDi }).connection;
      const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const chromeContext = (tree.contexts as { context: string }[] | undefined)?.[0]?.context;
      if (chromeContext === undefined) throw new Error('no privileged browsing context to terminate the background from');
      const expression = `(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(GECKO_ID)});
        return WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState;
      })()`;
      const { result } = await connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: true });
      const state = (result.result as { value?: unknown } | undefined)?.value;
      if (result.type !== 'success' || state !== 'stopped') throw new Error(`the background did not stop: ${JSON.stringify(result)}`);
    },
    // A download in progress is a .part file beside its empty final name: only whole files count.
    downloads: async () => {
      const names = readdirSync(downloadDir);
      return names.filter((name) => !name.endsWith('.part') && !names.includes(`${name}.part`)).map((name) => ({ name, text: readFileSync(join(downloadDir, name), 'utf8') }));
    },
    close: async () => {
      // browser.close() asks Firefox to shut down and waits ~0.5 s while it writes a profile that
      // is deleted just below: end its process group (puppeteer starts it as a group leader) instead.
      const child = browser.process();
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGKILL');
        await exited;
      }
      await browser.close();
      await recorder?.close();
      rmSync(downloadDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
    closed: new Promise((resolve) => browser.once('disconnected', () => resolve())),
  };
}

/**
 * Waits until `predicate` holds in the page, asking again every 50 ms. Not puppeteer's
 * `waitForFunction`: its poller rebuilds the predicate with `new Function()` inside the page,
 * which a page's CSP may forbid — Firefox ESR 140 applies the extension pages' `script-src
 * 'self'` to it ("call to Function() blocked by CSP"), later versions exempt WebDriver BiDi.
 * A plain `evaluate` is a BiDi call of its own and is never subject to the page's CSP.
 */
async function pollInPage<A>(page: PuppeteerPage, predicate: (arg: A) => unknown, arg: A, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await page.evaluate(predicate as never, arg)) return;
      lastError = undefined;
    } catch (error) {
      // A document being replaced (a navigation, a reload) answers with an error: ask the next one.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError === undefined ? '' : ` (last: ${(lastError as Error).message})`;
      throw new Error(`Waiting failed: ${timeoutMs} ms exceeded for ${predicate.toString().slice(0, 200)}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function puppeteerDriver(page: PuppeteerPage): PageDriver {
  const accessibility = new FirefoxAccessibility(page);
  return {
    goto: async (url) => void (await page.goto(url)),
    getByRole: (role, name) => roleLocator(accessibility, role, name),
    type: (text) => page.keyboard.type(text),
    // puppeteer's BiDi keyboard knows the space bar only as ' ' (Playwright also takes 'Space').
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
    pressWithControl: async (key) => {
      await page.keyboard.down('Control');
      await page.keyboard.press(key as never);
      await page.keyboard.up('Control');
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source),
    waitFor: (fn, arg, timeoutMs = DEFAULT_WAIT_MS) => pollInPage(page, fn, arg, timeoutMs),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    // Keeps the touch screen of a `mobile` tab: changing it would reload the page.
    setViewport: (width, height) => page.setViewport({ ...page.viewport(), width, height }),
    bringToFront: () => page.bringToFront(),
    onConsole: (listener) => {
      const onMessage = (message: PuppeteerConsoleMessage) => listener(message.text());
      page.on('console', onMessage);
      return () => void page.off('console', onMessage);
    },
    close: () => page.close(),
  };
}

/** A backend whose set-up (an async protocol session) happens on first use. */
function lazy<N>(create: () => Promise<AccessibilityBackend<N>>): AccessibilityBackend<N> {
  let backend: Promise<AccessibilityBackend<N>> | undefined;
  const get = () => (backend ??= create());
  return {
    query: async (scope, role, name) => (await get()).query(scope, role, name),
    box: async (node) => (await get()).box(node),
    scrollIntoView: async (node) => (await get()).scrollIntoView(node),
    state: async (node) => (await get()).state(node),
    focus: async (node) => (await get()).focus(node),
    clickAt: async (x, y) => (await get()).clickAt(x, y),
    tapAt: async (x, y) => (await get()).tapAt(x, y),
    run: async (node, fn) => (await get()).run(node, fn),
    runInPage: async (node, fn) => (await get()).runInPage(node, fn),
  };
}
