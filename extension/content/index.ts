/**
 * Content script entry: watches composers, classifies drafts locally and
 * shows the badge. Only category names are sent to the background; the
 * draft's text stays in this tab.
 */
import * as v from 'valibot';
import { classifyInChunks } from '../../src/detect/chunked.ts';
import { type Category, type Classification, Detector } from '../../src/detect/detector.ts';
import { browser } from '../shared/browser.ts';
import { backgroundPushSchema } from '../shared/messages.ts';
import { sendToBackground } from '../shared/send.ts';
import { Badge } from './badge.ts';
import type { Composer } from './composer.ts';
import { watchDrafts } from './draft-watcher.ts';

const lifetime = new AbortController();
const { signal } = lifetime;

interface DraftState {
  composer: Composer;
  classification: Classification;
  /** Categories the user dismissed for this draft; the badge returns if new ones appear. */
  dismissed: string | undefined;
}

let state: DraftState | undefined;
/** The detector and the key of its patterns' selection (see src/detect/selection.ts). */
interface Loaded {
  readonly key: string;
  readonly detector: Detector;
}

/** Fetched from the background the first time a draft is checked; pages nobody writes on never pay for it. */
let detector: Promise<Loaded> | undefined;
/** The check in progress; a newer draft aborts it. */
let checking: AbortController | undefined;
/** Increases with every check, so an older verdict arriving late is ignored. */
let generation = 0;

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
  dismiss: () => {
    if (state !== undefined) state.dismissed = key(state.classification.categories);
    badge.hide();
  },
  snooze: () => {
    badge.hide();
    void sendToBackground({ type: 'cs-bg/snooze', minutes: 60 }).catch(handleFailure);
  },
});
signal.addEventListener('abort', () => badge.hide());

watchDrafts({
  signal,
  onDraft: (composer, draft) => {
    checking?.abort();
    const controller = new AbortController();
    checking = controller;
    void (async () => {
      const loaded = await loadDetector();
      // Long drafts are classified a chunk per task so the page never stalls.
      const classification = await classifyInChunks(draft, (text) => loaded.classify(text), {
        signal: AbortSignal.any([signal, controller.signal]),
        yieldControl: nextTask,
      });
      // A short draft is classified in one go, so a newer draft or a departed composer is checked here.
      if (controller.signal.aborted) return;
      const dismissed = state?.composer === composer ? state.dismissed : undefined;
      state = { composer, classification, dismissed };
      await render();
    })().catch((error: unknown) => {
      if (controller.signal.aborted || signal.aborted) return; // a newer draft, or shutdown
      handleFailure(error);
    });
  },
  onComposerGone: (composer) => {
    checking?.abort();
    if (state?.composer === composer) {
      state = undefined;
      badge.hide();
    }
  },
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (v.is(backgroundPushSchema, message)) {
    refreshDetector();
    void render();
  }
  return undefined;
});

async function render(): Promise<void> {
  const current = state;
  const ticket = ++generation;
  if (current === undefined || current.classification.categories.length === 0) {
    badge.hide();
    return;
  }
  if (current.dismissed === key(current.classification.categories)) {
    badge.hide();
    return;
  }
  let response;
  try {
    response = await sendToBackground({ type: 'cs-bg/verdict', categories: [...current.classification.categories] });
  } catch (error) {
    handleFailure(error);
    return;
  }
  if (ticket !== generation || state !== current) return;
  if (!response.active || response.verdict.level === 'none') {
    badge.hide();
    return;
  }
  badge.show(current.composer, {
    verdict: response.verdict,
    evidence: current.classification.evidence,
    clockOffset: response.verdict.at - Date.now(),
  });
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function key(categories: readonly Category[]): string {
  return categories.join(',');
}

/** After an update or uninstall this script is orphaned: stop everything instead of throwing on each keystroke. */
function handleFailure(error: unknown): void {
  if (browser.runtime?.id === undefined) {
    lifetime.abort();
    return;
  }
  console.warn('Silence Guard:', error);
}
