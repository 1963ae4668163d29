import { browser } from './browser.ts';
import type en from '../../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json: a typo is a type error. */
export type MessageKey = keyof typeof en;

/** The localised string; a unit test checks every locale has every key used. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The UI language, for Intl formatters. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
