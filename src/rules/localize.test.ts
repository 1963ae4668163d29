import { describe, expect, it } from 'vitest';
import { english, localized } from './localize.ts';

const text = { en: 'Election silence', fr: 'Silence électoral', de: 'Wahlkampfruhe' };

describe('localized', () => {
  it('picks the UI language, whatever its region or separator', () => {
    expect(localized(text, 'fr')).toBe('Silence électoral');
    expect(localized(text, 'fr-CA')).toBe('Silence électoral');
    expect(localized(text, 'de_CH')).toBe('Wahlkampfruhe');
    expect(localized(text, 'DE')).toBe('Wahlkampfruhe');
  });

  it('falls back to English when the text has no version in that language', () => {
    expect(localized(text, 'es-AR')).toBe('Election silence');
    expect(localized(text, 'it')).toBe('Election silence');
    expect(localized(text, 'ja')).toBe('Election silence');
    expect(localized(text, '')).toBe('Election silence');
  });

  it('returns a plain string (a custom election name) as it is', () => {
    expect(localized('Municipales', 'en')).toBe('Municipales');
    expect(english('Référendum')).toBe('Référendum');
    expect(english(text)).toBe('Election silence');
  });
});
