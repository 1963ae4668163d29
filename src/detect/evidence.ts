/** Findings in the normalised text, mapped back to spans of the original draft. */
import type { Category, Evidence } from './categories.ts';
import type { Normalised } from './normalise.ts';

/** A span is widened to whole words, but never by more than this (one giant "word" of spaced letters or a paste without spaces). */
const MAX_WIDEN = 64;

/** Combining marks, joiners and variation selectors (all in the BMP). */
const TRAILING = /^[\p{M}\u200c\u200d\ufe00-\ufe0f]$/u;
const MAX_TRAILING_MARKS = 8;

/** Maps a normalised span back to the original text, widened to whole words (and a leading #). */
export function toEvidence(category: Category, original: string, normalised: Normalised, start: number, end: number): Evidence {
  const { text } = normalised;
  let from = start;
  const fromLimit = Math.max(0, start - MAX_WIDEN);
  while (from > fromLimit && text.charCodeAt(from - 1) !== 32) from -= 1;
  let to = end;
  const toLimit = Math.min(text.length, end + MAX_WIDEN);
  while (to < toLimit && text.charCodeAt(to) !== 32) to += 1;
  let originalStart = normalised.starts[from] as number;
  let originalEnd = normalised.ends[to - 1] as number;
  // Marks the skeleton dropped (a Devanagari vowel sign, Thai tone marks, a variation selector) belong to the last letter.
  for (let marks = 0; marks < MAX_TRAILING_MARKS && originalEnd < original.length && TRAILING.test(original[originalEnd] as string); marks += 1) originalEnd += 1;
  if (originalStart > 0 && original[originalStart - 1] === '#') originalStart -= 1;
  return { category, start: originalStart, end: originalEnd, text: original.slice(originalStart, originalEnd) };
}

/**
 * Drops evidence spans contained in another span of the same category (of
 * identical spans, the first is kept). `evidence` is sorted by start, then
 * end; the result keeps that order. O(n log n): a sweep per category over
 * spans ordered by start, then longest first.
 */
export function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const order = evidence.map((_, index) => index);
  order.sort((a, b) => {
    const x = evidence[a] as Evidence;
    const y = evidence[b] as Evidence;
    return x.category < y.category ? -1 : x.category > y.category ? 1 : x.start - y.start || y.end - x.end || a - b;
  });
  const keep = new Uint8Array(evidence.length);
  let category: string | undefined;
  let reach = -1;
  for (const index of order) {
    const e = evidence[index] as Evidence;
    if (e.category !== category) {
      category = e.category;
      reach = -1;
    }
    // Every span before this one (in this order) starts no later; it contains this one if it ends no earlier.
    if (e.end > reach) {
      keep[index] = 1;
      reach = e.end;
    }
  }
  return evidence.filter((_, index) => keep[index] === 1);
}
