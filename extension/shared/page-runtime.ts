/**
 * The few extension APIs that code running in web pages needs (the content
 * script, and the i18n and messaging helpers it shares with the extension's
 * own pages), taken from the browser rather than from webextension-polyfill.
 * In MV3 both browsers already return promises from runtime.sendMessage and
 * answer i18n synchronously, so the polyfill would only add ~3 KB gzip to a
 * script that loads on every page of every enabled site (budget: 30 KB).
 * The worker and the extension pages keep the polyfill (browser.ts).
 */
interface PageRuntime {
  readonly runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    readonly onMessage: { addListener(listener: (message: unknown) => undefined): void };
  };
  readonly i18n: {
    getMessage(key: string, substitutions?: string | string[]): string;
    getUILanguage(): string;
  };
}

const scope = globalThis as { browser?: PageRuntime; chrome?: PageRuntime };

/** Firefox's `browser`, else Chromium's `chrome` (whose MV3 methods return promises when given no callback). */
export const pageRuntime: PageRuntime = (scope.browser ?? scope.chrome) as PageRuntime;
