/**
 * The false alarms reported from the card, in storage.local under one key,
 * newest first and at most MAX_FALSE_ALARMS. Validated on every read: a
 * corrupt value (another version's, a hand edit) loses the bad entries, is
 * said once in the console, and never stops a report or the popup. Writes
 * are queued so two quick reports cannot overwrite each other.
 */
import { browser } from '../shared/browser.ts';
import { FALSE_ALARMS_KEY, type FalseAlarm, readFalseAlarms, withFalseAlarm } from '../shared/false-alarms.ts';
import type { FalseAlarmStore } from './router.ts';

let queue: Promise<unknown> = Promise.resolve();
const reported = new Set<string>();

async function read(): Promise<FalseAlarm[]> {
  const stored = await browser.storage.local.get(FALSE_ALARMS_KEY);
  const { alarms, problem } = readFalseAlarms(stored[FALSE_ALARMS_KEY]);
  if (problem !== undefined && !reported.has(problem)) {
    reported.add(problem);
    console.warn(`Silence Guard: ${problem}`);
  }
  return alarms;
}

function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

export const falseAlarmStore: FalseAlarmStore = {
  list: read,
  add: (alarm) => queued(async () => browser.storage.local.set({ [FALSE_ALARMS_KEY]: withFalseAlarm(await read(), alarm) })),
  clear: () => queued(() => browser.storage.local.remove(FALSE_ALARMS_KEY)),
};
