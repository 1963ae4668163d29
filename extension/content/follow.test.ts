import { describe, expect, it } from 'vitest';
import { badgeCorner } from './follow.ts';

const badge = { width: 24, height: 24 };

describe('badgeCorner', () => {
  it('sits inside the bottom-right corner of a tall composer', () => {
    expect(badgeCorner({ left: 100, top: 50, width: 400, height: 120 }, badge, 1000, false)).toEqual({ x: 100 + 400 - 24 - 6, y: 50 + 120 - 24 - 6 });
  });

  it('sits just below a one-line field, right edges aligned', () => {
    expect(badgeCorner({ left: 100, top: 50, width: 400, height: 30 }, badge, 1000, false)).toEqual({ x: 100 + 400 - 24, y: 50 + 30 + 4 });
  });

  it('takes the bottom-left corner on a right-to-left page', () => {
    expect(badgeCorner({ left: 100, top: 50, width: 400, height: 120 }, badge, 1000, true)).toEqual({ x: 106, y: 140 });
  });

  it('stays 8 px inside the viewport sideways', () => {
    expect(badgeCorner({ left: 900, top: 50, width: 400, height: 120 }, badge, 1000, false).x).toBe(1000 - 24 - 8);
    expect(badgeCorner({ left: -300, top: 50, width: 200, height: 120 }, badge, 1000, true).x).toBe(8);
  });
});
