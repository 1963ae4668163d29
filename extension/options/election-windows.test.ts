import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { electionWindows } from '../background/answers.ts';
import { countryName } from '../shared/format.ts';
import { defaultSettings } from '../shared/settings.ts';
import { type Messages, speakerFrom } from '../shared/speaker.ts';
import { type ElectionDraft, electionForWindows } from './election-form.ts';
import { windowsLines } from './election-windows.ts';

const messages = (language: string): Messages => JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
const en = speakerFrom(messages('en'));
const fr = speakerFrom(messages('fr'), messages('en'));
const dataset = loadDataset();
const context = { zones: new Map([...dataset.countries.values()].map((c) => [c.code, c.zone])), existing: [] };
const draft: ElectionDraft = { country: 'FR', date: '2030-03-24', endDate: '', name: '', type: 'local', zone: 'Europe/Paris' };
const NOW = Date.parse('2026-12-05T21:00:00Z');

/** What the form shows for `change`, the windows computed as the background does. */
function shown(change: Partial<ElectionDraft>, speaker = en, userZone = 'UTC'): string[] {
  const query = electionForWindows({ ...draft, ...change }, context);
  if (!query.ok) return windowsLines(speaker, { state: 'blocked', problem: query.problem }, userZone, NOW);
  const windows = electionWindows(dataset, defaultSettings(), query.election);
  return windowsLines(speaker, { state: 'known', windows, country: countryName(speaker, query.election.country, query.election.country), type: 'electionTypeLocal' }, userZone, NOW);
}

describe('the windows shown while a custom election is typed in', () => {
  it('are those of the rules, on the clock of the place voting, with the user’s time in brackets, before any name is typed', () => {
    expect(shown({})).toEqual([
      'Campaign silence: Sat, Mar 23, 2030, 12:00 AM Paris time (your time: Fri, Mar 22, 2030, 11:00 PM) → Sun, Mar 24, 2030, 8:00 PM Paris time (your time: 7:00 PM)',
      'Poll ban: Sat, Mar 23, 2030, 12:00 AM Paris time (your time: Fri, Mar 22, 2030, 11:00 PM) → Sun, Mar 24, 2030, 8:00 PM Paris time (your time: 7:00 PM)',
      'Results embargo: Sun, Mar 24, 2030, 12:00 AM Paris time (your time: Sat, Mar 23, 2030, 11:00 PM) → Sun, Mar 24, 2030, 8:00 PM Paris time (your time: 7:00 PM)',
    ]);
    // In Paris, no brackets; in French, French words and clock.
    expect(shown({}, fr, 'Europe/Paris')[0]).toBe('Silence de campagne : sam. 23 mars 2030, 0:00 (heure locale : Paris) → dim. 24 mars 2030, 20:00 (heure locale : Paris)');
  });

  it('follow the zone and the last voting day', () => {
    expect(shown({ zone: 'America/Cayenne', endDate: '2030-03-25' }, en, 'America/Cayenne')[0]).toBe(
      'Campaign silence: Sat, Mar 23, 2030, 12:00 AM Cayenne time → Mon, Mar 25, 2030, 8:00 PM Cayenne time',
    );
  });

  it('say when no rule of the country covers that type of election', () => {
    expect(shown({ country: 'DE', zone: 'Europe/Berlin' })).toEqual([
      'The rules Silence Guard knows for Germany do not cover this type of election (Local): it would not warn about it.',
    ]);
  });

  it('say what to fill in or correct first, field by field in the form’s order', () => {
    expect(shown({ date: '' })).toEqual(['Enter the election day to see when Silence Guard would warn about it.']);
    expect(shown({ date: '2999-03-24' })).toEqual(['Silence Guard cannot tell yet when it would warn: 2999 is outside the years Silence Guard covers (1900–2100). Check the year.']);
    expect(shown({ endDate: '2030-03-20', zone: 'Mars/Olympus' })).toEqual(['Silence Guard cannot tell yet when it would warn: The last voting day is before the election day.']);
    expect(shown({ zone: 'Mars/Olympus' })).toEqual(['Silence Guard cannot tell yet when it would warn: "Mars/Olympus" is not a time zone this browser knows. Write it like America/Cayenne.']);
  });

  it('show even for a name too long or a day already saved: saving is refused, previewing is not', () => {
    const saved = { country: 'FR', date: '2030-03-24', name: 'Municipales', type: 'local', status: 'confirmed' } as const;
    const query = electionForWindows({ ...draft, name: 'x'.repeat(500) }, { ...context, existing: [saved] });
    expect(query).toMatchObject({ ok: true, election: { country: 'FR', date: '2030-03-24' } });
  });
});
