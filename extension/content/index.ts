/**
 * Content script entry: watches composers, classifies drafts locally and
 * shows the badge. Only category names are sent to the background; the
 * draft's text stays in this tab.
 */
import * as v from 'valibot';
import { classifyInChunks } from '../../src/detect/chunked.ts';
import { type Category, type Classification, Detector, unpackPatterns } from '../../src/detect/detector.ts';
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
/** Fetched from the background the first time a draft is checked; pages nobody writes on never pay for it. */
let detector: Promise<Detector> | undefined;
/** The check in progress; a newer draft aborts it. */
let checking: AbortController | undefined;
/** Increases with every check, so an older verdict arriving late is ignored. */
let generation = 0;

function loadDetector(): Promise<Detector> {
  detector ??= sendToBackground({ type: 'cs-bg/patterns' }).then(
    ({ patterns }) => new Detector(unpackPatterns(patterns)),
    (error: unknown) => {
      detector = undefined; // try again with the next draft
      throw error;
    },
  );
  return detector;
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
  if (v.is(backgroundPushSchema, message)) void render();
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
