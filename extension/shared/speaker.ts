/**
 * The UI language as a value: the language the messages are in and a way to
 * look messages up. Formatting and rendering code takes a Speaker instead of
 * calling the browser, so it runs unchanged in Node and happy-dom tests
 * (`speakerFrom(messages)`) and in the extension (`ui` in i18n.ts).
 */
import type en from '../../public/_locales/en/messages.json';

/** A key of public/_locales/en/messages.json: a typo is a type error. */
export type MessageKey = keyof typeof en;

export interface Speaker {
  /** BCP 47 tag for Intl formatters: the language the messages are written in (regional variant of the browser's when it matches). */
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  /** The message with its placeholders filled, in order ($1, $2…). */
  t(key: MessageKey, substitutions?: string | readonly string[]): string;
}

export type Messages = Readonly<Record<string, { readonly message: string; readonly placeholders?: Readonly<Record<string, { readonly content: string }>> }>>;

/**
 * A Speaker over a messages.json object, filling placeholders the way
 * browser.i18n.getMessage does (named `$NAME$` → its content → `$1`…, `$$` → `$`).
 */
export function speakerFrom(messages: Messages, fallback?: Messages): Speaker {
  const get = (key: string, substitutions: readonly string[]): string => {
    const entry = messages[key] ?? fallback?.[key];
    if (entry === undefined) return '';
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? whole : positional(content);
      })
      .replace(/\$\$/g, '$');
  };
  const language = get('uiLanguage', []) || 'en';
  return {
    language,
    direction: get('uiDirection', []) === 'rtl' ? 'rtl' : 'ltr',
    t: (key, substitutions) => get(key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? [])),
  };
}

/** The language for Intl: the browser's own tag when it is a variant of the messages' language (en-GB for en), else the messages'. */
export function formattingLanguage(messagesLanguage: string, browserLanguage: string): string {
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return base(browserLanguage) === base(messagesLanguage) ? browserLanguage.replace('_', '-') : messagesLanguage;
}
