/**
 * Where the badge's host goes so the user sees it above the composer.
 *
 * The top layer (a modal `<dialog>`, an open `popover`, a fullscreen
 * element) paints above any z-index, and a modal dialog makes everything
 * outside it inert (unclickable, and out of Firefox's accessibility tree).
 * So a badge for a composer inside such an element must be inside it too.
 * The composer may be slotted into a web component whose shadow root holds
 * the dialog (the Material Web dialog pattern): the walk goes up the
 * flattened tree (assigned slot, parent, shadow host), through closed shadow
 * roots too, as extensions may.
 */
import { shadowRootOf } from './composer.ts';

/** The element (or shadow root) to append the badge's host to, for a badge anchored to `anchor`. */
export function badgeContainer(anchor: Element): ParentNode {
  for (let node: Element | undefined = anchor; node !== undefined; node = flatParent(node)) {
    if (node !== anchor && holdsBadge(node)) {
      // An element with a shadow root renders that root, not its children: go inside it.
      return shadowRootOf(node) ?? node;
    }
  }
  return anchor.ownerDocument.documentElement;
}

/** In the top layer, or an open (non-modal) dialog, which page CSS often stacks over everything. */
function holdsBadge(element: Element): boolean {
  if (element.tagName === 'DIALOG') return element.hasAttribute('open');
  return matches(element, ':popover-open') || matches(element, ':modal') || matches(element, ':fullscreen');
}

function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // a browser without that pseudo-class has no such top layer either
  }
}

/** The parent in the flattened tree: the slot it is assigned to, else its parent, else its shadow root's host. */
export function flatParent(element: Element): Element | undefined {
  const slot = assignedSlot(element);
  if (slot !== undefined) return slot;
  if (element.parentElement !== null) return element.parentElement;
  const parent = element.parentNode;
  return parent !== null && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? undefined) : undefined;
}

function assignedSlot(element: Element): HTMLSlotElement | undefined {
  if (element.assignedSlot !== null) return element.assignedSlot;
  // assignedSlot is null for slots in closed shadow roots: look in the parent's root ourselves.
  const parent = element.parentElement;
  const root = parent === null ? undefined : shadowRootOf(parent);
  if (root === undefined) return undefined;
  for (const slot of root.querySelectorAll('slot')) {
    if (slot.assignedElements().includes(element)) return slot;
  }
  return undefined;
}
