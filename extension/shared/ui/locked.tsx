/**
 * How the popup and the settings show what an organisation's policy locks
 * (managed.ts): the control stays visible with its value, disabled, and its
 * accessible description is the one line below saying why — so a user (or a
 * screen reader) is told it is the organisation's choice, not a fault.
 */
import { t } from '../i18n.ts';
import type { Overview } from '../messages.ts';
import type { ManagedField } from '../settings.ts';

/** The id of the explanation each locked control points to (aria-describedby). */
export const LOCKED_NOTE_ID = 'managed-locked';

/** Whether the policy in force locks this setting. */
export function isLocked(overview: Overview | undefined, field: ManagedField): boolean {
  return overview?.managed?.locked.includes(field) === true;
}

/** The explanation, shown once on the page when the policy locks anything. */
export function LockedNote({ overview }: { overview: Overview | undefined }) {
  if (overview?.managed == null || overview.managed.locked.length === 0) return null;
  return (
    <p class="notice locked" id={LOCKED_NOTE_ID}>
      {t('managedLocked')}
    </p>
  );
}

/** aria-describedby for a control: its own description ids, plus the explanation when locked. */
export function describedBy(locked: boolean, ...ids: (string | undefined)[]): string | undefined {
  const all = [...ids.filter((id) => id !== undefined), ...(locked ? [LOCKED_NOTE_ID] : [])];
  return all.length === 0 ? undefined : all.join(' ');
}
