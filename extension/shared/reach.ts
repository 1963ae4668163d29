/**
 * The card's line for a rule that only cautions: guidance rather than law, or
 * a law worded for media, parties and candidates, or pollsters only.
 */
import type { Reach } from '../../src/risk/verdict.ts';
import type { Bound } from '../../src/rules/schema.ts';
import type { MessageKey, Speaker } from './speaker.ts';

const BOUND_LABEL: Record<Exclude<Bound, 'everyone'>, MessageKey> = {
  media: 'bindsMedia',
  parties: 'bindsParties',
  pollsters: 'bindsPollsters',
};

/** The line, or undefined for a law that binds everyone (nothing to add: it warns). */
export function reachLine(speaker: Speaker, reach: Reach, binds: readonly Bound[]): string | undefined {
  if (reach === 'law') return undefined;
  if (reach === 'guidance') return speaker.t('panelReachGuidance');
  const who = binds.flatMap((bound) => (bound === 'everyone' ? [] : [speaker.t(BOUND_LABEL[bound])]));
  return speaker.t('panelReachLimited', new Intl.ListFormat(speaker.language, { type: 'conjunction' }).format(who));
}
