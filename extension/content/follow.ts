/**
 * Keeping the badge at its composer without a positioning library (floating-ui
 * cost 5 KB of the content script's 30 KB budget for one placement): the
 * badge's corner is plain arithmetic, and following the composer means
 * re-placing on scroll (any scrolling box: scroll events reach the window's
 * capture phase), on resize, and, when asked, when elements change size.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Box extends Size {
  readonly left: number;
  readonly top: number;
}

/** Space kept between the badge and the viewport's edges. */
const EDGE = 8;

/**
 * Where the badge goes (viewport coordinates): inside the composer's bottom
 * corner on the side where lines end (right, or left when `rtl`), like a
 * spell-checker button, so it never covers the page's own Post button below;
 * just below a field too small to hold it. Kept inside the viewport sideways.
 */
export function badgeCorner(composer: Box, badge: Size, viewportWidth: number, rtl: boolean): { x: number; y: number } {
  const inside = composer.height >= badge.height * 2 + 12;
  const inset = inside ? 6 : 0;
  const x = rtl ? composer.left + inset : composer.left + composer.width - badge.width - inset;
  const y = inside ? composer.top + composer.height - badge.height - 6 : composer.top + composer.height + 4;
  return { x: Math.max(EDGE, Math.min(x, viewportWidth - badge.width - EDGE)), y };
}

/** Calls `update` now, then on every scroll and resize of the anchor's window, and when `resized` elements change size. Returns the stop. */
export function follow(anchor: Element, update: () => void, resized: readonly Element[] = []): () => void {
  const controller = new AbortController();
  const options = { capture: true, passive: true, signal: controller.signal };
  const view = anchor.ownerDocument.defaultView;
  view?.addEventListener('scroll', update, options);
  view?.addEventListener('resize', update, options);
  const observer = resized.length === 0 ? undefined : new ResizeObserver(() => update());
  for (const element of resized) observer?.observe(element);
  update();
  return () => {
    controller.abort();
    observer?.disconnect();
  };
}
