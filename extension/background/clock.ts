import type { Preview } from '../shared/settings.ts';

/**
 * The extension's one clock. With a preview date, time starts at the preview
 * instant when it was set and then runs at normal speed, so countdowns and
 * window boundaries behave as they would have on that day.
 */
export function clockNow(preview: Preview | null, realNow: number): number {
  return preview === null ? realNow : preview.at + (realNow - preview.setAt);
}

/** The real time at which the clock will show `instant`. */
export function realTimeOf(instant: number, preview: Preview | null): number {
  return preview === null ? instant : instant - preview.at + preview.setAt;
}
