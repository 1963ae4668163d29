import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const localesDir = new URL('../../public/_locales/', import.meta.url);
const read = (language: string): Messages => JSON.parse(readFileSync(new URL(`${language}/messages.json`, localesDir), 'utf8'));
const english = read('en');
const languages = readdirSync(localesDir);

describe('locales', () => {
  it('ships English and French', () => {
    expect(languages).toEqual(expect.arrayContaining(['en', 'fr']));
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

  it('every key used in the code exists', () => {
    const used = new Set<string>();
    const walk = (dir: URL) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          for (const match of readFileSync(new URL(entry.name, dir), 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(match[1]!);
        }
      }
    };
    walk(new URL('../', import.meta.url));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(english, key).toHaveProperty(key);
  });
});
