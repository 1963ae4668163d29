/**
 * Follows the composer the user is typing in and re-checks its draft after a
 * pause in typing. One composer is watched at a time; its listeners hang off
 * an AbortController that is aborted when another composer takes over, the
 * composer leaves the document, or the whole script stops.
 */
import { type Composer, composerFromEvent, readDraft } from './composer.ts';

/** Long enough to skip most keystrokes, short enough to feel immediate. */
export const DEBOUNCE_MS = 300;

export interface DraftWatcherOptions {
  readonly signal: AbortSignal;
  /** Called with the composer and its current text after typing pauses (and once on focus). */
  readonly onDraft: (composer: Composer, draft: string) => void;
  /** Called when the watched composer is gone. */
  readonly onComposerGone: (composer: Composer) => void;
}

export function watchDrafts({ signal, onDraft, onComposerGone }: DraftWatcherOptions): void {
  let current: { composer: Composer; controller: AbortController } | undefined;

  const stopCurrent = () => {
    if (current === undefined) return;
    current.controller.abort();
    onComposerGone(current.composer);
    current = undefined;
  };

  const follow = (composer: Composer) => {
    if (current?.composer === composer) return;
    stopCurrent();
    const controller = new AbortController();
    const watchSignal = AbortSignal.any([signal, controller.signal]);
    current = { composer, controller };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      if (!composer.isConnected) {
        stopCurrent();
        return;
      }
      onDraft(composer, readDraft(composer));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(check, DEBOUNCE_MS);
    };
    watchSignal.addEventListener('abort', () => clearTimeout(timer));
    composer.addEventListener(
      'input',
      (event) => {
        // Mid-composition text (IME) is not what the user means yet; compositionend follows.
        if ((event as InputEvent).isComposing) return;
        schedule();
      },
      { signal: watchSignal },
    );
    composer.addEventListener('compositionend', schedule, { signal: watchSignal });
    check();
  };

  document.addEventListener(
    'focusin',
    (event) => {
      const composer = composerFromEvent(event);
      if (composer !== undefined) follow(composer);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    current?.controller.abort();
    current = undefined;
  });

  // A composer that already has focus when the script starts (autofocus, restored draft).
  const active = deepActiveElement(document);
  if (active !== undefined) {
    const composer = composerFromEvent(syntheticFocusEvent(active));
    if (composer !== undefined) follow(composer);
  }
}

function deepActiveElement(doc: Document): Element | undefined {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ?? undefined;
}

/** composedPath() of an event dispatched nowhere: lets the same lookup serve the initial focus. */
function syntheticFocusEvent(target: Element): Event {
  return { composedPath: () => [target] } as unknown as Event;
}
