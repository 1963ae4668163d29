/**
 * The extension's strings, as the browsers under test show them: e2e find the
 * UI by the names a user reads, taken from the same locale files.
 */
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import fr from '../../public/_locales/fr/messages.json' with { type: 'json' };
import type { MessageKey } from '../../extension/shared/i18n.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

const LOCALES = { en, fr } as const;
export type TestedLocale = keyof typeof LOCALES;

/** Like browser.i18n.getMessage in a browser of that language: named placeholders, then $1…$9. */
export function messageIn(locale: TestedLocale, key: MessageKey, ...substitutions: string[]): string {
  const entry = (LOCALES[locale] as Record<string, Entry>)[key];
  if (entry === undefined) throw new Error(`no ${locale} message ${key}`);
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder === undefined ? whole : positional(placeholder.content);
  });
}

/** The English string, as an English browser shows it. */
export function message(key: MessageKey, ...substitutions: string[]): string {
  return messageIn('en', key, ...substitutions);
}
