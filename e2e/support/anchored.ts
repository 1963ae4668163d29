import type { Box } from './harness.ts';

/**
 * At the composer's bottom corner on the side where lines end (right, or left
 * on a right-to-left page): inside that corner when the composer is tall
 * enough for it, just below it for a one-line field; that edge aligned.
 */
export function anchored(badge: Box, composer: Box, rtl = false): boolean {
  const edgeAligned = rtl ? Math.abs(badge.x - composer.x) <= 12 : Math.abs(badge.x + badge.width - (composer.x + composer.width)) <= 12;
  const bottom = composer.y + composer.height;
  const inside = composer.height >= badge.height * 2 + 12;
  const placed = inside
    ? badge.y >= composer.y && badge.y + badge.height <= bottom + 2 && badge.y + badge.height >= bottom - badge.height - 12
    : badge.y >= bottom - 2 && badge.y <= bottom + 12;
  return edgeAligned && placed;
}
