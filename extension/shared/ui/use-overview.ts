import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../browser.ts';
import type { Overview, UiRequest } from '../messages.ts';
import { sendToBackground } from '../send.ts';
import { SETTINGS_KEY } from '../settings.ts';

/** A change the UI asks of the background, answered with the new overview. */
export type OverviewRequest = Exclude<
  UiRequest,
  { type: 'ui-bg/overview' | 'ui-bg/site' | 'ui-bg/set-site' | 'ui-bg/election-windows' | 'ui-bg/false-alarms' | 'ui-bg/clear-false-alarms' }
>;

/** Sends a change; true once the new overview is shown, false if it failed (the error is shown). */
export type SendChange = (request: OverviewRequest) => Promise<boolean>;

/**
 * The background's overview, plus a way to send a change and show the updated overview (or the error).
 * It follows changes made elsewhere (another settings tab, the popup, the card's Pause, an
 * organisation's policy): the stored settings and the managed policy are the overview's only
 * inputs besides the clock, so a change to either asks the background again.
 */
export function useOverview(): {
  overview: Overview | undefined;
  error: string | undefined;
  send: SendChange;
} {
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();
  // Answers can arrive out of order (a refresh started by a storage change may settle after the
  // answer to a later change): only the latest request's answer is shown.
  const latest = useRef(0);

  const ask = useCallback(async (request: OverviewRequest | { type: 'ui-bg/overview' }) => {
    const ticket = ++latest.current;
    try {
      const answer = await sendToBackground(request);
      if (ticket !== latest.current) return true;
      setOverview(answer);
      setError(undefined);
      return true;
    } catch (e) {
      if (ticket === latest.current) setError(String(e));
      return false;
    }
  }, []);

  useEffect(() => {
    void ask({ type: 'ui-bg/overview' });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && SETTINGS_KEY in changes) || area === 'managed') void ask({ type: 'ui-bg/overview' });
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [ask]);

  const send = useCallback((request: OverviewRequest) => ask(request), [ask]);

  return { overview, error, send };
}
