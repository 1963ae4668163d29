import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Messages, speakerFrom } from '../shared/speaker.ts';
import { PAUSED_BADGE_TEXT, TOOLBAR_COLORS, toolbarLook } from './toolbar-look.ts';

const messages = (language: string): Messages => JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
const en = speakerFrom(messages('en'));
const fr = speakerFrom(messages('fr'), messages('en'));
const now = Date.parse('2026-12-05T09:00:00Z');
const inAnHour = now + 3_600_000;

describe('toolbar look', () => {
  it('shows "!" and names the countries while a silence is in force', () => {
    const look = toolbarLook(en, { activeCountries: ['France', 'Italy'], pausedUntil: undefined, hasCountries: true }, now);
    expect(look).toEqual({ text: '!', color: TOOLBAR_COLORS.active, title: 'Silence Guard: election silence in force in France and Italy' });
  });

  it('shows the pause instead of "!" while paused, and says until when and that a silence is in force', () => {
    const look = toolbarLook(en, { activeCountries: ['France'], pausedUntil: inAnHour, hasCountries: true }, now);
    expect(look.text).toBe(PAUSED_BADGE_TEXT);
    expect(look.color).toBe(TOOLBAR_COLORS.paused);
    expect(look.title).toMatch(/^Silence Guard: warnings paused until .+, while an election silence is in force in France$/);
    expect(look.title).toContain(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(inAnHour));
  });

  it('shows the pause with no silence in force too', () => {
    const look = toolbarLook(fr, { activeCountries: [], pausedUntil: inAnHour, hasCountries: true }, now);
    expect(look.text).toBe(PAUSED_BADGE_TEXT);
    expect(look.title).toMatch(/^Silence Guard : avertissements en pause jusqu’à /);
  });

  it('is empty when nothing is in force, and says so differently when no country is chosen', () => {
    expect(toolbarLook(en, { activeCountries: [], pausedUntil: undefined, hasCountries: true }, now)).toMatchObject({ text: '', title: en.t('toolbarIdle') });
    // No false reassurance: "no silence in your countries" would be read as "you are safe".
    expect(toolbarLook(en, { activeCountries: [], pausedUntil: undefined, hasCountries: false }, now)).toMatchObject({ text: '', title: en.t('toolbarNoCountry') });
  });
});
