/**
 * Finding the composer the user is writing in, and reading its draft, without
 * touching it: no attribute, no node, no focus or caret change.
 *
 * Checks use tag names and properties rather than `instanceof`: elements of
 * a same-origin iframe belong to another realm, where our constructors do not
 * match.
 */

/**
 * A text field, a contenteditable host, or the root of a block editor (one
 * contenteditable per block: the composer is the editor, not the block).
 */
export type Composer = HTMLElement;

/** Pages (or parts of them) can opt out, e.g. a password-manager field or a code editor. */
export const OPT_OUT_SELECTOR = '[data-silence-guard="off"]';

const TEXT_INPUT_TYPES = new Set(['text', '']);
const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';
/** How far above a block's editable element its siblings are looked for: Editor.js nests blocks three deep. */
const BLOCK_DEPTH = 4;

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
  if ((element as HTMLElement).isContentEditable === true) return blockEditorRoot(editingHost(element as HTMLElement));
  return undefined;
}

/**
 * The outermost contenteditable element (the editor's root), staying inside its shadow tree.
 * In a designMode document that is the body, never the <html> element.
 */
function editingHost(element: HTMLElement): HTMLElement {
  let host = element;
  for (let parent = element.parentElement; parent !== null && parent.isContentEditable && parent.tagName !== 'HTML'; parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

/**
 * Block editors (Editor.js, Gutenberg, Notion) give each paragraph its own
 * contenteditable, side by side under one list: the element holding the
 * focused block and its sibling blocks is the composer. A lone editing host
 * is its own composer.
 */
function blockEditorRoot(host: HTMLElement): HTMLElement {
  let branch = host;
  for (let depth = 0; depth < BLOCK_DEPTH; depth += 1) {
    const parent = branch.parentElement;
    if (parent === null || parent.tagName === 'BODY' || parent.tagName === 'FORM' || parent.tagName === 'HTML') break;
    for (const sibling of parent.children) {
      if (sibling !== branch && (sibling.matches(EDITABLE_SELECTOR) || sibling.querySelector(EDITABLE_SELECTOR) !== null)) return parent;
    }
    branch = parent;
  }
  return host;
}

export function isTextField(composer: Composer): composer is HTMLTextAreaElement | HTMLInputElement {
  return composer.tagName === 'TEXTAREA' || composer.tagName === 'INPUT';
}

export function readDraft(composer: Composer): string {
  if (isTextField(composer)) return composer.value;
  // innerText keeps line breaks between blocks, so words of two paragraphs do not run together.
  if (composer.isContentEditable) return composer.innerText;
  // A block editor: only what the user wrote in its blocks, not its buttons and menus.
  const blocks: string[] = [];
  for (const block of composer.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
    if (block.parentElement?.isContentEditable !== true) blocks.push(block.innerText);
  }
  return blocks.join('\n');
}

/** An element's shadow root, open or closed (extensions may see closed ones). */
export function shadowRootOf(element: Element): ShadowRoot | undefined {
  if (element.shadowRoot !== null) return element.shadowRoot;
  // Firefox content scripts see the property; Chromium has chrome.dom.openOrClosedShadowRoot.
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox ?? undefined;
  return chromeDom()?.openOrClosedShadowRoot(element as HTMLElement) ?? undefined;
}

interface ChromeDom {
  openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null;
}
function chromeDom(): ChromeDom | undefined {
  return (globalThis as { chrome?: { dom?: ChromeDom } }).chrome?.dom;
}

/** The focused element, looking into open and closed shadow roots, starting from an element or a tree. */
export function deepActiveElement(start: Document | ShadowRoot | Element): Element | undefined {
  let active: Element | null | undefined = 'activeElement' in start ? start.activeElement : start;
  for (let root = active && shadowRootOf(active); root?.activeElement; root = shadowRootOf(active)) active = root.activeElement;
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

/** How far up, and how much bigger, the editor's visible box may be around its editable element. */
const BOX_DEPTH = 6;
const BOX_EXTRA_WIDTH = 240;
const BOX_EXTRA_HEIGHT = 600;
/** The corner the badge takes (see badge.ts): a box with the page's own button there is not one to anchor to. */
const CORNER = { width: 160, height: 44 };
const CONTROLS = 'button, [role="button"], input[type="submit"], input[type="button"], a[href]';

/**
 * The element whose box the user sees as the composer, for the badge to sit
 * at its corner: the frame element for an editor that is a whole frame's
 * document (designMode, CKEditor 4, TinyMCE); for an editable element with
 * no edge of its own (one line tall in CodeMirror 6, TipTap, Editor.js), the
 * nearest framed box around it that is still the editor's (close in size,
 * no button of the page in its bottom-right corner); else the composer.
 */
export function visibleBox(composer: Composer): Element {
  const doc = composer.ownerDocument;
  if (composer === doc.body || composer === doc.documentElement) {
    const frame = frameElementOf(doc);
    if (frame !== undefined) return frame;
  }
  if (edge(composer, true)) return composer;
  const rect = composer.getBoundingClientRect();
  let node: Element = composer;
  for (let depth = 0; depth < BOX_DEPTH; depth += 1) {
    const parent: Element | null | undefined = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
    if (parent === undefined || parent === null || parent === doc.body || parent === doc.documentElement) break;
    const box = parent.getBoundingClientRect();
    if (box.width > rect.width + BOX_EXTRA_WIDTH || box.height > rect.height + BOX_EXTRA_HEIGHT) break;
    if (edge(parent, false)) return controlInCorner(parent, box, composer) ? composer : parent;
    node = parent;
  }
  return composer;
}

/**
 * A frame the user sees around the element: a border on three sides or more (a toolbar
 * may take the fourth), a shadow or, for the editable itself, a background. Not an
 * outline: that is the focus ring the browser draws around any focused editable.
 */
function edge(element: Element, backgroundCounts: boolean): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (style === undefined) return false;
  const sides = ['top', 'right', 'bottom', 'left'].filter(
    (side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
  );
  return sides.length >= 3 || style.boxShadow !== 'none' || (backgroundCounts && !/^(transparent|rgba\(.*,\s*0\))$/.test(style.backgroundColor));
}

function controlInCorner(box: Element, rect: DOMRect, composer: Composer): boolean {
  for (const control of box.querySelectorAll(CONTROLS)) {
    if (composer.contains(control)) continue;
    const r = control.getBoundingClientRect();
    if (r.width > 0 && r.right > rect.right - CORNER.width && r.bottom > rect.bottom - CORNER.height) return true;
  }
  return false;
}

function frameElementOf(doc: Document): Element | undefined {
  try {
    return doc.defaultView?.frameElement ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * True in a frame whose parent is same-origin. The parent's copy of this
 * script reaches into such frames itself (even those it has no copy in: a
 * page-written or designMode frame), so the frame's own copy stays out and
 * no two copies watch one composer. Decided without asking the page anything.
 */
export function coveredByParentFrame(view: Window = window): boolean {
  try {
    return view.frameElement !== null;
  } catch {
    return false;
  }
}
