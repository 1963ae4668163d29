/**
 * The extension's English strings, as the browsers under test show them:
 * e2e find the UI by the names a user reads, taken from the same locale file.
 */
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey } from '../../extension/shared/i18n.ts';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Like browser.i18n.getMessage in an English browser: named placeholders, then $1…$9. */
export function message(key: MessageKey, ...substitutions: string[]): string {
  const entry = (en as Record<string, Entry>)[key] as Entry;
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder === undefined ? whole : positional(placeholder.content);
  });
}
