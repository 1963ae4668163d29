/**
 * What the toolbar button shows, as a pure function of the state (so it is
 * unit-tested without a browser): a pause wins over everything, since a user
 * who paused must not read "!" and believe they are still being warned.
 */
import { formatDateTime } from '../shared/format.ts';
import type { Speaker } from '../shared/speaker.ts';

export interface ToolbarState {
  /** Names of the user's countries where a restriction is in force now. */
  readonly activeCountries: readonly string[];
  /** Real-clock instant the pause from the badge ends, if warnings are paused. */
  readonly pausedUntil: number | undefined;
  /** Whether the user follows any country at all. */
  readonly hasCountries: boolean;
}

export interface ToolbarLook {
  readonly text: string;
  readonly color: string;
  readonly title: string;
}

/** Amber-brown for a silence in force; slate for paused, a state the user chose and should not mistake for a warning. */
export const TOOLBAR_COLORS = { active: '#c2410c', paused: '#475569' } as const;
/** Two bars, the pause sign every media player uses; a symbol rather than a word so it needs no translation and fits the badge. */
export const PAUSED_BADGE_TEXT = '❚❚';

export function toolbarLook(speaker: Speaker, state: ToolbarState, now: number): ToolbarLook {
  const countries = new Intl.ListFormat(speaker.language, { type: 'conjunction' }).format(state.activeCountries);
  if (state.pausedUntil !== undefined) {
    // The pause ends on the user's own clock: their browser's zone.
    const until = formatDateTime(speaker, state.pausedUntil, undefined, now);
    return {
      text: PAUSED_BADGE_TEXT,
      color: TOOLBAR_COLORS.paused,
      title: state.activeCountries.length > 0 ? speaker.t('toolbarPausedActive', [until, countries]) : speaker.t('toolbarPaused', until),
    };
  }
  if (state.activeCountries.length > 0) return { text: '!', color: TOOLBAR_COLORS.active, title: speaker.t('toolbarActive', countries) };
  return { text: '', color: TOOLBAR_COLORS.active, title: speaker.t(state.hasCountries ? 'toolbarIdle' : 'toolbarNoCountry') };
}
