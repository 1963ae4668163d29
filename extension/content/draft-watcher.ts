/**
 * Follows the composer the user is typing in and re-checks its draft after a
 * pause in typing. One composer is watched at a time; its listeners and its
 * MutationObserver hang off an AbortController that is aborted when another
 * composer takes over, the composer leaves the document (an SPA replaced it),
 * or the whole script stops. There is no polling.
 *
 * Same-origin frames (TinyMCE's iframe, srcdoc widgets) are followed from the
 * parent unless the frame runs its own copy of this script: a cancelable
 * "claim" event dispatched into the frame's document tells which.
 */
import { type Composer, composerFrom, deepActiveElement, frameDocument, isTextField, readDraft } from './composer.ts';

/** Long enough to skip most keystrokes, short enough to feel immediate. */
export const DEBOUNCE_MS = 300;
const CLAIM_EVENT = 'silence-guard:claim';

export interface DraftWatcherOptions {
  readonly signal: AbortSignal;
  /** Called with the composer and its current text after typing pauses (and once on focus). */
  readonly onDraft: (composer: Composer, draft: string) => void;
  /** Called when the watched composer is gone. */
  readonly onComposerGone: (composer: Composer) => void;
}

export function watchDrafts({ signal, onDraft, onComposerGone }: DraftWatcherOptions): void {
  let current: { composer: Composer; controller: AbortController } | undefined;
  const watchedDocuments = new WeakSet<Document>();

  // This copy claims its own document, so a parent frame's copy leaves it alone.
  document.addEventListener(CLAIM_EVENT, (event) => event.preventDefault(), { signal });

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

    // Editors that change their text without an input event (paste handlers, undo in some
    // editors, drafts restored by the site), and SPAs that remove the composer.
    const detachment = new MutationObserver(() => {
      if (!composer.isConnected) stopCurrent();
    });
    // Every tree the composer hangs from: removing a shadow host does not change the shadow root itself.
    for (let node: Node | undefined = composer.getRootNode(); node !== undefined; node = (node as ShadowRoot).host?.getRootNode()) {
      detachment.observe(node, { childList: true, subtree: true });
    }
    const observers = [detachment];
    if (!isTextField(composer)) {
      const edits = new MutationObserver(schedule);
      edits.observe(composer, { childList: true, subtree: true, characterData: true });
      observers.push(edits);
    }
    watchSignal.addEventListener('abort', () => {
      for (const observer of observers) observer.disconnect();
    });
    check();
  };

  const followTarget = (target: Element | undefined) => {
    let element = target;
    // Step into same-origin frames that have no copy of this script of their own.
    for (let doc = element && frameDocument(element); doc !== undefined; doc = element && frameDocument(element)) {
      if (!doc.dispatchEvent(new CustomEvent(CLAIM_EVENT, { cancelable: true }))) return;
      watchDocument(doc);
      element = deepActiveElement(doc);
    }
    const composer = element === undefined ? undefined : composerFrom(element);
    if (composer !== undefined) follow(composer);
  };

  const watchDocument = (doc: Document) => {
    if (watchedDocuments.has(doc)) return;
    watchedDocuments.add(doc);
    doc.addEventListener(
      'focusin',
      (event) => {
        const [target] = event.composedPath();
        followTarget(isElement(target) ? target : undefined);
      },
      { capture: true, signal },
    );
  };

  signal.addEventListener('abort', () => {
    current?.controller.abort();
    current = undefined;
  });
  watchDocument(document);
  // A composer that already has focus when the script starts (autofocus, restored draft).
  followTarget(deepActiveElement(document));
}

function isElement(target: EventTarget | undefined): target is Element {
  return target !== undefined && typeof (target as Element).tagName === 'string';
}
