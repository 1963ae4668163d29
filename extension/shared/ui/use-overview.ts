import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Overview, UiRequest } from '../messages.ts';
import { sendToBackground } from '../send.ts';

/** A change the UI asks of the background, answered with the new overview. */
export type OverviewRequest = Exclude<UiRequest, { type: 'ui-bg/overview' | 'ui-bg/site' | 'ui-bg/set-site' }>;

/** Sends a change; true once the new overview is shown, false if it failed (the error is shown). */
export type SendChange = (request: OverviewRequest) => Promise<boolean>;

/** The background's overview, plus a way to send a change and show the updated overview (or the error). */
export function useOverview(): {
  overview: Overview | undefined;
  error: string | undefined;
  send: SendChange;
} {
  const [overview, setOverview] = useState<Overview>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendToBackground({ type: 'ui-bg/overview' }).then(setOverview, (e: unknown) => setError(String(e)));
  }, []);

  const send = useCallback(async (request: OverviewRequest) => {
    try {
      setOverview(await sendToBackground(request));
      setError(undefined);
      return true;
    } catch (e) {
      setError(String(e));
      return false;
    }
  }, []);

  return { overview, error, send };
}
