/**
 * Content script entry: watches composers, classifies drafts locally and
 * shows the badge. Only category names are sent to the background; the
 * draft's text stays in this tab. What happens to each draft is the draft
 * session (draft-session.ts); this file connects it to the browser.
 */
import * as v from 'valibot';
import { classifyInChunks } from '../../src/detect/chunked.ts';
import { Detector } from '../../src/detect/detector.ts';
import { pageRuntime } from '../shared/page-runtime.ts';
import { backgroundPushSchema } from '../shared/messages.ts';
import { sendToBackground } from '../shared/send.ts';
import { Badge } from './badge.ts';
import { type Composer, visibleBox } from './composer.ts';
import { createDraftSession } from './draft-session.ts';
import { watchDrafts } from './draft-watcher.ts';
import { CHECK_REPORT_PREFIX } from './check-report.ts';

const lifetime = new AbortController();
const { signal } = lifetime;

/** The detector and the key of its patterns' selection (see src/detect/selection.ts). */
interface Loaded {
  readonly key: string;
  readonly detector: Detector;
}

/** Fetched from the background the first time a draft is checked; pages nobody writes on never pay for it. */
let detector: Promise<Loaded> | undefined;

/** Asks for the patterns of the user's current selection; the background sends them only if `current` is not already those. */
async function fetchDetector(current: Loaded | undefined): Promise<Loaded> {
  const { key, patterns } = await sendToBackground({ type: 'cs-bg/patterns', have: current?.key });
  // Built a slice per task: even the largest selection never holds up the page.
  if (patterns !== undefined) return { key, detector: await Detector.fromPacked(patterns, nextTask) };
  if (current !== undefined && current.key === key) return current;
  throw new Error('the background sent no patterns');
}

async function loadDetector(): Promise<Detector> {
  detector ??= fetchDetector(undefined).catch((error: unknown) => {
    detector = undefined; // try again with the next draft
    throw error;
  });
  return (await detector).detector;
}

/** Settings changed: keep the detector unless the selection's key did (new countries or languages). */
function refreshDetector(): void {
  const previous = detector;
  if (previous === undefined) return;
  const next = previous.then((loaded) => fetchDetector(loaded).catch(() => loaded));
  detector = next;
  next.catch(() => {
    if (detector === next) detector = undefined; // the first load had failed: start again with the next draft
  });
}

const badge = new Badge({
  dismiss: () => session.dismiss(),
  snooze: () => {
    badge.hide();
    void sendToBackground({ type: 'cs-bg/snooze', minutes: 60 }).catch(handleFailure);
  },
  // The site is not sent: the background takes it from the sender's tab, which the page cannot forge.
  reportFalseAlarm: async (report) => void (await sendToBackground({ type: 'cs-bg/false-alarm', ...report })),
  siteOff: async () => void (await sendToBackground({ type: 'cs-bg/site-off' })),
  openSettings: () => void sendToBackground({ type: 'cs-bg/open-settings' }).catch(handleFailure),
});
signal.addEventListener('abort', () => badge.hide());

const session = createDraftSession<Composer>(
  {
    classify: async (draft, stop) => {
      const loaded = await loadDetector();
      // Long drafts are classified a chunk per task so the page never stalls.
      return classifyInChunks(draft, (text) => loaded.classify(text), { signal: stop, yieldControl: nextTask });
    },
    askVerdict: (categories, weak) => sendToBackground({ type: 'cs-bg/verdict', categories: [...categories], ...(weak.length > 0 ? { weak: [...weak] } : {}) }),
    // At the corner of the box the user sees (a frame, an editor's container), not of a one-line editable.
    show: (composer, { verdict, evidence, siteSwitchLocked }) =>
      badge.show(visibleBox(composer), { verdict, evidence, siteSwitchLocked, clockOffset: verdict.at - Date.now(), composer }),
    hide: () => badge.hide(),
    fail: handleFailure,
    // Test builds only (the condition is constant, so release builds drop it): each check's
    // outcome goes to the console, which the e2e harness reads and the page cannot (this
    // script's console is not the page's), so a test waits for "checked, nothing to warn
    // about" instead of waiting a fixed time for a badge that should not come.
    ...(import.meta.env.TEST_BUILD ? { checked: reportCheck } : {}),
  },
  signal,
);

/** The console line a test build writes when a draft's check is over (read by e2e/support/flows.ts). */
function reportCheck(outcome: 'warned' | 'quiet', length: number): void {
  console.debug(`${CHECK_REPORT_PREFIX}${outcome} ${length}`);
}

watchDrafts({
  signal,
  onDraft: (composer, draft) => session.draft(composer, draft),
  onComposerGone: (composer) => session.composerGone(composer),
});

pageRuntime.runtime.onMessage.addListener((message: unknown) => {
  if (v.is(backgroundPushSchema, message)) {
    if (message.type === 'bg-cs/open-card') {
      // Every frame of the tab hears it; only the badge of the composer being written in opens.
      badge.openFromShortcut();
      return undefined;
    }
    refreshDetector();
    void session.refresh();
  }
  return undefined;
});

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** After an update or uninstall this script is orphaned: stop everything instead of throwing on each keystroke. */
function handleFailure(error: unknown): void {
  if (pageRuntime.runtime?.id === undefined) {
    lifetime.abort();
    return;
  }
  console.warn('Silence Guard:', error);
}
