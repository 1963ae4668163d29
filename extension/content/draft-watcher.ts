/**
 * Follows the composer the user is typing in and re-checks its draft after a
 * pause in typing. One composer is watched at a time; its listeners and its
 * MutationObserver hang off an AbortController that is aborted when another
 * composer takes over, the composer leaves the document (an SPA replaced it),
 * or the whole script stops. There is no polling.
 *
 * Same-origin frames (TinyMCE's iframe, srcdoc widgets, frames the page
 * writes with document.open()/write() like CKEditor 4, designMode frames) are
 * followed from the topmost same-origin copy of this script; a copy in such a
 * frame stays out (coveredByParentFrame). Nothing is dispatched into the page.
 * Focus moving into a frame fires no focusin in the parent, so frame
 * elements' focus, the window's blur and frames' loads are listened to as
 * well. document.open() erases every listener of a document: a
 * MutationObserver (which it does not erase) sees the document's children
 * replaced and listens again.
 */
import {
  type Composer,
  composerFrom,
  coveredByParentFrame,
  deepActiveElement,
  frameDocument,
  isTextField,
  readDraft,
} from './composer.ts';

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
  if (coveredByParentFrame()) return;
  let current: { composer: Composer; controller: AbortController } | undefined;

  const stopCurrent = () => {
    if (current === undefined) return;
    current.controller.abort();
    onComposerGone(current.composer);
    current = undefined;
  };

  const follow = (composer: Composer) => {
    if (current?.composer === composer) return;
    const previous = current?.composer;
    if (previous !== undefined && (composer.contains(previous) || previous.contains(composer))) {
      // The same editor seen whole (a block editor's second block appeared): no gap in the warning.
      current?.controller.abort();
      current = undefined;
    } else {
      stopCurrent();
    }
    const controller = new AbortController();
    const watchSignal = AbortSignal.any([signal, controller.signal]);
    current = { composer, controller };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      timer = undefined;
      if (!composer.isConnected) {
        stopCurrent();
        watchDocument(composer.ownerDocument);
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
      if (composer.isConnected) return;
      stopCurrent();
      // Written over (document.open()): the listeners of its document are gone too.
      watchDocument(composer.ownerDocument);
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
    let element = target && deepActiveElement(target);
    // Step into same-origin frames (their own copy stays out, see coveredByParentFrame).
    for (let doc = element && frameDocument(element); doc !== undefined; doc = element && frameDocument(element)) {
      watchDocument(doc);
      element = deepActiveElement(doc);
    }
    const composer = element === undefined ? undefined : composerFrom(element);
    if (composer !== undefined) follow(composer);
  };

  // One function each, so listening again (after document.open()) never doubles a listener.
  const onFocus = (event: Event) => {
    const [target] = event.composedPath();
    followTarget(isElement(target) ? target : undefined);
  };
  const onFrameLoad = (event: Event) => {
    const doc = isElement(event.target) ? frameDocument(event.target) : undefined;
    if (doc !== undefined) watchDocument(doc);
  };
  const onWindowBlur = () => {
    // Focus went into a frame (or another window): the parent's active element says which, once focus has moved.
    setTimeout(() => {
      if (!signal.aborted && document.hasFocus()) followTarget(document.activeElement ?? undefined);
    }, 0);
  };
  const rewritten = new MutationObserver((records) => {
    for (const record of records) watchDocument(record.target as Document);
  });
  signal.addEventListener('abort', () => rewritten.disconnect());

  /** Listens to a document and the same-origin frames in it; safe to call again at any time. */
  function watchDocument(doc: Document): void {
    if (signal.aborted) return;
    const options = { capture: true, signal };
    doc.addEventListener('focusin', onFocus, options);
    // focus, unlike focusin, also reaches the parent on the frame element when focus enters a frame.
    doc.addEventListener('focus', onFocus, options);
    doc.addEventListener('load', onFrameLoad, options);
    rewritten.observe(doc, { childList: true });
    if (doc === document) window.addEventListener('blur', onWindowBlur, options);
    for (const frame of doc.querySelectorAll('iframe, frame')) {
      const inner = frameDocument(frame);
      if (inner !== undefined) watchDocument(inner);
    }
  }

  signal.addEventListener('abort', () => {
    current?.controller.abort();
    current = undefined;
  });
  watchDocument(document);
  // A composer that already has focus when the script starts (autofocus, restored draft).
  followTarget(deepActiveElement(document));
}

function isElement(target: EventTarget | null | undefined): target is Element {
  return target !== undefined && target !== null && typeof (target as Element).tagName === 'string';
}
