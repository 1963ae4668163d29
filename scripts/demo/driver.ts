/**
 * The demo's own small Chromium driver and page server, apart from the e2e
 * harness and its fixtures so that a test-only change cannot break `npm start`.
 *
 * It finds the badge and its card the way a screen reader does, by role and
 * accessible name in Chromium's accessibility tree (DevTools protocol), which
 * reaches into the badge's shadow root whether it is open or closed. Nothing
 * here sends a function into the page: tsx (esbuild with keepNames) wraps
 * nested functions in a `__name` helper that does not exist there.
 */
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, type Page, type Worker, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../browsers.ts';
import { SETTINGS_KEY, type Settings } from '../../extension/shared/settings.ts';

/** The test build of the extension for Chromium (`npm run build:test`), which the demo loads. */
export const CHROMIUM_TEST_BUILD = fileURLToPath(new URL('../../dist/chrome-test/', import.meta.url));

/**
 * Serves the demo page (demo.html beside this file) at `/` on localhost, and nothing else.
 * On localhost because the test build's content script runs there without asking for a site permission.
 */
export function serveDemoPage(port: number): Promise<Server> {
  const page = readFileSync(new URL('demo.html', import.meta.url));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/' && path !== '/demo.html') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DemoBrowser {
  readonly context: BrowserContext;
  /** The extension's service worker (its URL gives the extension's id). */
  readonly worker: Worker;
  /** Replaces the extension's stored settings (validated by the extension when it reads them). */
  writeSettings(settings: Settings): Promise<void>;
  close(): Promise<void>;
  readonly closed: Promise<void>;
}

type StorageArea = { set(items: Record<string, unknown>): Promise<void> };

export async function launchDemoBrowser(
  dist: string,
  options: {
    headless: boolean;
    viewport: { width: number; height: number };
    locale?: string;
    colorScheme?: 'light' | 'dark';
    /** More Chromium switches. */
    args?: readonly string[];
  },
): Promise<DemoBrowser> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: options.viewport,
    ...(options.colorScheme === undefined ? {} : { colorScheme: options.colorScheme }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    // The UI language chrome.i18n follows comes from LANGUAGE on Linux (--lang is ignored there).
    ...(options.locale === undefined ? {} : { env: { ...(process.env as Record<string, string>), LANGUAGE: options.locale.replace('-', '_') } }),
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    writeSettings: (settings) =>
      worker.evaluate(
        // A plain arrow function with no nested named functions: safe under tsx.
        ([key, value]) => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.set({ [key]: value }),
        [SETTINGS_KEY, settings] as const,
      ),
    close: () => context.close(),
    closed: new Promise((resolve) => context.once('close', () => resolve())),
  };
}

/** Queries the page's accessibility tree, which includes open and closed shadow roots. */
export class AccessibleQuery {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<AccessibleQuery> {
    return new AccessibleQuery(await page.context().newCDPSession(page));
  }

  /** The on-screen box of the first element with that role and name, or undefined. */
  async box(role: string, name: string): Promise<Box | undefined> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, role, accessibleName: name });
    for (const node of nodes) {
      if (node.backendDOMNodeId === undefined || node.ignored) continue;
      const model = await this.cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId }).catch(() => undefined);
      if (model === undefined) continue;
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.model.border;
      if (x3 - x1 > 0 && y3 - y1 > 0) return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
    }
    return undefined;
  }

  /** How many pixels of the first element with that role and name are scrolled out of its own box (0: all shown). */
  async hiddenHeight(role: string, name: string): Promise<number> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await this.cdp.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, role, accessibleName: name });
    const node = nodes.find((candidate) => candidate.backendDOMNodeId !== undefined && candidate.ignored !== true);
    if (node?.backendDOMNodeId === undefined) throw new Error(`No ${role} named "${name}"`);
    const { object } = await this.cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    // A string body: nothing compiled by tsx is sent into the page.
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.scrollHeight - this.clientHeight; }',
      returnByValue: true,
    });
    return Number(result.value);
  }

  async waitForBox(role: string, name: string, timeoutMs = 15_000): Promise<Box> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.box(role, name);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`No ${role} named "${name}" appeared within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The smallest box holding all of them, grown by a margin and kept inside the viewport. */
export function around(boxes: readonly Box[], margin: number, viewport: { width: number; height: number }): Box {
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
