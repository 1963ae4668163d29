/**
 * What the custom-election form says about the windows the election would
 * have, before it is saved: one line per window (its kind, start and end on
 * the clock of the zone voting, with the user's time in brackets), or why
 * there is none to show. Apart from its rendering so it can be unit-tested.
 */
import type { Restriction } from '../../src/rules/windows.ts';
import { formatZoned } from '../shared/format.ts';
import type { MessageKey, Speaker } from '../shared/speaker.ts';
import { KIND_LABEL } from '../shared/ui/country-rows.ts';
import type { FieldProblem } from './election-form.ts';

export type WindowsState =
  /** A field that decides the windows is empty or invalid: its problem. */
  | { readonly state: 'blocked'; readonly problem: FieldProblem }
  /** The background's answer. `country` and `type` name what has no rule when `windows` is empty. */
  | { readonly state: 'known'; readonly windows: readonly Restriction[]; readonly country: string; readonly type: MessageKey }
  | { readonly state: 'failed'; readonly error: string };

/**
 * The lines to show. `userZone`: the browser's zone (its times in brackets
 * where they differ); `now`: the clock the year is judged by (shown only
 * when it is not this year's).
 */
export function windowsLines(s: Speaker, windows: WindowsState, userZone: string | undefined, now: number): string[] {
  switch (windows.state) {
    case 'blocked':
      // An empty election day is where everyone starts: say what to do rather than what is wrong.
      if (windows.problem.key === 'optionsElectionNoDate') return [s.t('optionsElectionWindowsPending')];
      return [s.t('optionsElectionWindowsBlocked', s.t(windows.problem.key, windows.problem.substitutions))];
    case 'failed':
      return [s.t('optionsElectionWindowsFailed', windows.error)];
    case 'known':
      if (windows.windows.length === 0) return [s.t('optionsElectionWindowsNone', [windows.country, s.t(windows.type)])];
      return windows.windows.map((w) =>
        s.t('optionsElectionWindow', [s.t(KIND_LABEL[w.kind]), formatZoned(s, w.start, w.zone, userZone, now), formatZoned(s, w.end, w.zone, userZone, now)]),
      );
  }
}
