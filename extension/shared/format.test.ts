import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryName, formatCountdown, formatDateTime, formatDay, formatZoned } from './format.ts';
import { placeOfZone } from './places.ts';
import { type Messages, formattingLanguage, speakerFrom } from './speaker.ts';

const messages = (language: string): Messages => JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
const en = speakerFrom(messages('en'));
const fr = speakerFrom(messages('fr'), messages('en'));
const polls = Date.parse('2017-05-07T18:00:00Z'); // 20:00 in Paris
const now = Date.parse('2026-12-01T12:00:00Z');

describe('the dataset as-of line', () => {
  it('writes the day long in the UI language, whatever the browser zone', () => {
    expect(en.t('dataAsOf', formatDay(en, '2026-12-04'))).toBe('Rules and calendar as of December 4, 2026');
    expect(fr.t('dataAsOf', formatDay(fr, '2026-12-04'))).toBe('Règles et calendrier à jour au 4 décembre 2026');
  });
});

describe('speaker', () => {
  it('fills named placeholders like browser.i18n.getMessage', () => {
    expect(en.t('panelEndsIn', 'in 7 hours')).toBe('Ends in 7 hours');
    expect(fr.t('popupStatusActive', ['Silence', 'demain'])).toContain('demain');
    expect(en.language).toBe('en');
    expect(fr.language).toBe('fr');
    expect(fr.direction).toBe('ltr');
  });

  it('formats in the messages language, in the regional variant only when it matches', () => {
    expect(formattingLanguage('en', 'de')).toBe('en');
    expect(formattingLanguage('en', 'en-GB')).toBe('en-GB');
    expect(formattingLanguage('fr', 'fr_CA')).toBe('fr-CA');
  });
});

describe('times', () => {
  it('gives a window end on Paris time, with the year only when it is not this year', () => {
    expect(formatZoned(en, polls, 'Europe/Paris', 'Europe/Paris', now)).toBe('Sun, May 7, 2017, 8:00 PM Paris time');
    expect(formatDateTime(en, Date.parse('2026-05-07T18:00:00Z'), 'Europe/Paris', now)).not.toContain('2026');
  });

  it("adds the user's own time in brackets when their clock differs", () => {
    expect(formatZoned(en, polls, 'Europe/Paris', 'America/New_York', now)).toBe('Sun, May 7, 2017, 8:00 PM Paris time (your time: 2:00 PM)');
    // Another day there: the full date.
    expect(formatZoned(en, polls, 'Europe/Paris', 'Asia/Tokyo', now)).toContain('(your time: Mon, May 8, 2017, 3:00 AM)');
  });

  it('speaks French in French, never a raw zone id', () => {
    const text = formatZoned(fr, polls, 'Europe/Paris', 'America/Cayenne', now);
    expect(text).toBe('dim. 7 mai 2017, 20:00 (heure locale : Paris ; chez vous : 15:00)');
    expect(text).not.toMatch(/Europe\/|America\//);
  });

  it('names zones by their city, in the UI language', () => {
    expect(placeOfZone('Europe/Paris', 'it')).toBe('Parigi');
    expect(placeOfZone('America/St_Johns', 'en')).toBe("St. John's");
    expect(placeOfZone('America/Argentina/Buenos_Aires', 'fr')).toBe('Buenos Aires');
    expect(placeOfZone('Asia/Kolkata', 'en-GB')).toBe('Kolkata');
    expect(placeOfZone('Etc/UTC', 'de')).toBe('UTC');
  });

  it('counts down in the UI language (never "Ends in 31 Stunden")', () => {
    expect(en.t('panelEndsIn', formatCountdown(en, 31 * 3_600_000))).toBe('Ends in 31 hours');
    expect(formatCountdown(fr, 31 * 3_600_000)).toBe('dans 31 heures');
    expect(formatCountdown(en, 3 * 86_400_000 + 5)).toBe('in 3 days');
    expect(formatCountdown(en, 90_000)).toBe('in 1 minute');
  });

  it('names countries in the UI language', () => {
    expect(countryName(fr, 'DE', 'Germany')).toBe('Allemagne');
    expect(countryName(en, 'GB', 'x')).toBe('United Kingdom');
  });
});
