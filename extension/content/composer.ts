/**
 * Finding the composer the user is writing in, and reading its draft, without
 * touching it: no attribute, no node, no focus or caret change.
 */

/** A text field or contenteditable host someone may be drafting a post in. */
export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', '']);

/** The composer containing an event target (found through open shadow roots via composedPath()). */
export function composerFromEvent(event: Event): Composer | undefined {
  const [target] = event.composedPath();
  return target instanceof Element ? composerFrom(target) : undefined;
}

export function composerFrom(element: Element): Composer | undefined {
  if (isElement(element, 'TEXTAREA')) {
    const area = element as HTMLTextAreaElement;
    return area.readOnly || area.disabled ? undefined : area;
  }
  if (isElement(element, 'INPUT')) {
    const input = element as HTMLInputElement;
    const eligible =
      TEXT_INPUT_TYPES.has(input.getAttribute('type')?.toLowerCase() ?? '') &&
      !input.readOnly &&
      !input.disabled &&
      input.getAttribute('role') !== 'combobox';
    return eligible ? input : undefined;
  }
  if (element instanceof HTMLElement && element.isContentEditable) return editingHost(element);
  return undefined;
}

/** The outermost contenteditable element (the editor's root), staying inside its shadow tree. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = element.parentElement; parent instanceof HTMLElement && parent.isContentEditable; parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

export function readDraft(composer: Composer): string {
  if (isElement(composer, 'TEXTAREA') || isElement(composer, 'INPUT')) return (composer as HTMLTextAreaElement).value;
  // innerText keeps line breaks between blocks, so words of two paragraphs do not run together.
  return composer.innerText;
}

/**
 * Tag-name check instead of instanceof: elements of a same-origin iframe
 * belong to another realm, where our constructors do not match.
 */
function isElement(element: Element, tagName: string): boolean {
  return element.tagName === tagName;
}
