import { pageRuntime } from './page-runtime.ts';
import { type MessageKey, type Speaker, formattingLanguage } from './speaker.ts';

export type { MessageKey, Speaker } from './speaker.ts';

/** The localised string (a key missing from English is a type error; a unit test finds keys no code uses). */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  return pageRuntime.i18n.getMessage(key, substitutions as string | string[] | undefined);
}

/**
 * The UI language, for Intl formatters: the language the extension's messages
 * actually came out in (a German browser without a German translation gets
 * English text, so its dates and countdowns must be English too).
 */
export function uiLanguage(): string {
  return formattingLanguage(t('uiLanguage') || 'en', pageRuntime.i18n.getUILanguage());
}

/** The browser's UI language as a Speaker, for code that formats or renders. */
export const ui: Speaker = {
  get language() {
    return uiLanguage();
  },
  get direction() {
    return t('uiDirection') === 'rtl' ? 'rtl' : 'ltr';
  },
  t,
};

/** `lang` and `dir` of an extension page (or the card) from the UI language, not the page's. */
export function applyLanguage(element: HTMLElement, speaker: Speaker = ui): void {
  element.lang = speaker.language;
  element.dir = speaker.direction;
}
