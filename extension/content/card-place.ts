/**
 * Where the open card goes: beside, above or below the composer, never over
 * the draft's text or the page's submit button, shrunk (it scrolls, actions
 * first) rather than covering them. Pure geometry, unit-tested
 * (card-place.test.ts); badge.ts measures the rectangles and applies the result.
 */

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  /** The card's height limit there; it scrolls beyond it. */
  readonly maxHeight: number;
}

/** Distance from the viewport's edges and from what the card avoids. */
export const MARGIN = 8;
/** Below this the card is too short to read its title and actions; a taller spot that overlaps is preferred then. */
export const MIN_HEIGHT = 140;

/**
 * `avoid[0]` is the composer, the rest the page's submit controls. Tries, in
 * order: right of the composer, left of it, above it, below it, above and
 * below everything avoided; the first spot that overlaps nothing and shows the
 * whole card wins, then the first that overlaps nothing and shows at least
 * MIN_HEIGHT, else the readable spot overlapping least.
 */
export function placeCard(viewport: Size, card: Size, avoid: readonly Rect[]): Placement {
  const composer = avoid[0];
  if (composer === undefined) return clampInto(viewport, card, { left: viewport.width - card.width - MARGIN, top: MARGIN });
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const fullHeight = Math.min(card.height, viewport.height - 2 * MARGIN);
  const right = (r: Rect) => r.left + r.width;
  const bottom = (r: Rect) => r.top + r.height;
  const highest = Math.min(...avoid.map((r) => r.top));
  const lowest = Math.max(...avoid.map(bottom));
  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - MARGIN - width));
  const clampY = (y: number, h: number) => Math.max(MARGIN, Math.min(y, viewport.height - MARGIN - h));
  // Beside: its top level with the composer's, as tall as the card (or the viewport).
  const beside = (left: number): Candidate => ({ left, top: clampY(composer.top, fullHeight), height: fullHeight });
  // Above a line: the card's bottom on it, shrunk to the room there is.
  const above = (line: number): Candidate => {
    const height = Math.min(fullHeight, line - MARGIN - MARGIN);
    return { left: clampX(right(composer) - width), top: line - MARGIN - height, height };
  };
  const below = (line: number): Candidate => {
    const height = Math.min(fullHeight, viewport.height - MARGIN - (line + MARGIN));
    return { left: clampX(right(composer) - width), top: line + MARGIN, height };
  };
  const candidates: Candidate[] = [
    beside(right(composer) + MARGIN),
    beside(composer.left - MARGIN - width),
    above(composer.top),
    below(bottom(composer)),
    above(highest),
    below(lowest),
  ];
  const usable = candidates.filter(
    (c) => c.left >= 0 && c.left + width <= viewport.width && c.height > 0 && c.top >= 0 && c.top + c.height <= viewport.height,
  );
  const overlap = (c: Candidate) => avoid.reduce((sum, r) => sum + intersection({ left: c.left, top: c.top, width, height: c.height }, r), 0);
  const enough = (c: Candidate) => c.height >= Math.min(MIN_HEIGHT, fullHeight);
  const clear = usable.find((c) => overlap(c) === 0 && c.height >= fullHeight) ?? usable.find((c) => overlap(c) === 0 && enough(c));
  if (clear !== undefined) return { left: clear.left, top: clear.top, maxHeight: clear.height };
  // Nowhere clear: the tallest readable spot covering the least (a small viewport, a page-wide composer).
  const fallback = [...usable.filter(enough), beside(clampX(right(composer) + MARGIN))]
    .map((c) => ({ c, cost: overlap(c) }))
    .sort((a, b) => a.cost - b.cost || b.c.height - a.c.height)[0]?.c as Candidate;
  return { left: fallback.left, top: fallback.top, maxHeight: fallback.height };
}

interface Candidate {
  readonly left: number;
  readonly top: number;
  readonly height: number;
}

function clampInto(viewport: Size, card: Size, at: { left: number; top: number }): Placement {
  const height = Math.min(card.height, viewport.height - 2 * MARGIN);
  return {
    left: Math.max(MARGIN, Math.min(at.left, viewport.width - MARGIN - card.width)),
    top: Math.max(MARGIN, Math.min(at.top, viewport.height - MARGIN - height)),
    maxHeight: height,
  };
}

function intersection(a: Rect, b: Rect): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}
