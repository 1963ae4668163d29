import { describe, expect, it } from 'vitest';
import { MARGIN, MIN_HEIGHT, type Placement, type Rect, placeCard } from './card-place.ts';

const CARD = { width: 380, height: 520 };

function covers(p: Placement, width: number, r: Rect): boolean {
  return p.left < r.left + r.width && r.left < p.left + width && p.top < r.top + r.height && r.top < p.top + p.maxHeight;
}

function inside(p: Placement, width: number, viewport: { width: number; height: number }): boolean {
  return p.left >= 0 && p.top >= 0 && p.left + width <= viewport.width && p.top + p.maxHeight <= viewport.height;
}

describe('placing the card', () => {
  it('goes beside the composer when there is room, level with its top', () => {
    const composer = { left: 100, top: 150, width: 500, height: 120 };
    const post = { left: 540, top: 280, width: 60, height: 30 };
    const p = placeCard({ width: 1280, height: 720 }, CARD, [composer, post]);
    expect(p).toEqual({ left: 600 + MARGIN, top: 150, maxHeight: 520 });
  });

  it('never covers the composer or the Post button below it in a narrow window, shrinking instead', () => {
    const viewport = { width: 640, height: 720 };
    const composer = { left: 20, top: 200, width: 600, height: 120 };
    const post = { left: 540, top: 330, width: 80, height: 32 };
    const p = placeCard(viewport, CARD, [composer, post]);
    expect(covers(p, CARD.width, composer)).toBe(false);
    expect(covers(p, CARD.width, post)).toBe(false);
    expect(inside(p, CARD.width, viewport)).toBe(true);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
  });

  it('goes below the Post button when the room above the composer is too small', () => {
    const viewport = { width: 640, height: 720 };
    const composer = { left: 20, top: 40, width: 600, height: 120 };
    const post = { left: 540, top: 170, width: 80, height: 32 };
    const p = placeCard(viewport, CARD, [composer, post]);
    expect(p.top).toBeGreaterThanOrEqual(202 + MARGIN);
    expect(covers(p, CARD.width, post)).toBe(false);
  });

  it('at 200 % zoom (a 640 × 360 viewport) still shows a readable card without covering the draft', () => {
    const viewport = { width: 640, height: 360 };
    const composer = { left: 10, top: 60, width: 620, height: 90 };
    const p = placeCard(viewport, CARD, [composer]);
    expect(covers(p, CARD.width, composer)).toBe(false);
    expect(inside(p, CARD.width, viewport)).toBe(true);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
  });

  it('stays on screen, covering as little as it can, when the composer fills the window', () => {
    const viewport = { width: 800, height: 600 };
    const composer = { left: 0, top: 0, width: 800, height: 600 };
    const p = placeCard(viewport, CARD, [composer]);
    expect(inside(p, CARD.width, viewport)).toBe(true);
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
  });
});

describe('placing the card, preferences', () => {
  it('prefers a spot showing the whole card to a clear but cramped one', () => {
    const viewport = { width: 1100, height: 1000 };
    const composer = { left: 40, top: 200, width: 1020, height: 150 };
    const p = placeCard(viewport, CARD, [composer]);
    expect(p.maxHeight).toBe(CARD.height);
    expect(p.top).toBe(350 + MARGIN);
  });
});
