import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = new URL('../../public/_locales/', import.meta.url);
const read = (language: string): Messages => JSON.parse(readFileSync(new URL(`${language}/messages.json`, localesDir), 'utf8'));
const english = read('en');
const languages = readdirSync(localesDir);

describe('locales', () => {
  it('ships English, French, German, Spanish and Italian', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'it']));
  });

  it.each(languages)('%s has every English key, with the same placeholders', (language) => {
    const messages = read(language);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(english)) {
      const placeholders = (message: string) => [...message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();
      expect(placeholders(messages[key]!.message), `${language}:${key}`).toEqual(placeholders(entry.message));
      expect(Object.keys(messages[key]!.placeholders ?? {}).sort(), `${language}:${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('every key is used by the shipped code or the manifest (none left over once its UI is gone)', () => {
    // The compiler already refuses a key the code uses that English lacks (MessageKey); this is the reverse.
    let shipped = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
    const walk = (dir: URL) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
        else if (/\.(tsx?|html)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) shipped += readFileSync(new URL(entry.name, dir), 'utf8');
      }
    };
    walk(new URL('../', import.meta.url));
    // A key appears as a string literal (t('key'), or a table of keys) or as __MSG_key__.
    const used = (key: string) => [`'${key}'`, `"${key}"`, `\`${key}\``, `__MSG_${key}__`].some((form) => shipped.includes(form));
    expect(Object.keys(english).filter((key) => !used(key))).toEqual([]);
  });
});
