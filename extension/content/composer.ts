/**
 * Finding the composer the user is writing in, and reading its draft, without
 * touching it: no attribute, no node, no focus or caret change.
 *
 * Checks use tag names and properties rather than `instanceof`: elements of
 * a same-origin iframe belong to another realm, where our constructors do not
 * match.
 */

/** A text field or contenteditable host someone may be drafting a post in. */
export type Composer = HTMLElement;

/** Pages (or parts of them) can opt out, e.g. a password-manager field or a code editor. */
export const OPT_OUT_SELECTOR = '[data-silence-guard="off"]';

const TEXT_INPUT_TYPES = new Set(['text', '']);

export function composerFrom(element: Element): Composer | undefined {
  if (element.closest(OPT_OUT_SELECTOR) !== null) return undefined;
  const tag = element.tagName;
  if (tag === 'TEXTAREA') {
    const area = element as HTMLTextAreaElement;
    return area.readOnly || area.disabled ? undefined : area;
  }
  if (tag === 'INPUT') {
    const input = element as HTMLInputElement;
    const eligible =
      TEXT_INPUT_TYPES.has(input.getAttribute('type')?.toLowerCase() ?? '') &&
      !input.readOnly &&
      !input.disabled &&
      input.getAttribute('role') !== 'combobox';
    return eligible ? input : undefined;
  }
  if ((element as HTMLElement).isContentEditable === true) return editingHost(element as HTMLElement);
  return undefined;
}

/** The outermost contenteditable element (the editor's root), staying inside its shadow tree. */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = element.parentElement; parent !== null && parent.isContentEditable; parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

export function isTextField(composer: Composer): composer is HTMLTextAreaElement | HTMLInputElement {
  return composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT';
}

export function readDraft(composer: Composer): string {
  if (isTextField(composer)) return composer.value;
  // innerText keeps line breaks between blocks, so words of two paragraphs do not run together.
  return composer.innerText;
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot): Element | undefined {
  let active: Element | null = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ?? undefined;
}

/** The document of a same-origin frame element, or undefined (cross-origin frames have their own script). */
export function frameDocument(element: Element): Document | undefined {
  if (element.tagName !== 'IFRAME' && element.tagName !== 'FRAME') return undefined;
  try {
    return (element as HTMLIFrameElement).contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}
