/**
 * Classifying very long drafts without one long task: the text is cut into
 * overlapping chunks at whitespace, each classified in its own turn of the
 * event loop (the caller's `yieldControl`), and the findings merged with
 * their offsets shifted back. The overlap keeps a phrase that straddles a cut
 * whole in the next chunk.
 */
import { CATEGORIES, type Classification, type Evidence } from './detector.ts';

/** Classifying this much takes a few milliseconds: far below a 50 ms long task. */
export const CHUNK_LENGTH = 20_000;
/** Longer than any finding's span (two terms at most 8 words apart). */
export const CHUNK_OVERLAP = 600;

export function chunkBounds(length: number, text: string): [number, number][] {
  if (length <= CHUNK_LENGTH) return [[0, length]];
  const bounds: [number, number][] = [];
  let start = 0;
  while (start < length) {
    let end = Math.min(length, start + CHUNK_LENGTH);
    if (end < length) {
      // Cut at whitespace so a word is never split; fall back to a hard cut in one huge word.
      const space = text.lastIndexOf(' ', end);
      if (space > start + CHUNK_LENGTH / 2) end = space;
    }
    bounds.push([start, end]);
    if (end >= length) break;
    let next = Math.max(start + 1, end - CHUNK_OVERLAP);
    const space = text.indexOf(' ', next);
    if (space !== -1 && space < end) next = space + 1;
    start = next;
  }
  return bounds;
}

export async function classifyInChunks(
  text: string,
  classify: (text: string) => Classification,
  { yieldControl = () => Promise.resolve(), signal }: { yieldControl?: () => Promise<void>; signal?: AbortSignal } = {},
): Promise<Classification> {
  const bounds = chunkBounds(text.length, text);
  if (bounds.length === 1) return classify(text);
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const [start, end] of bounds) {
    signal?.throwIfAborted();
    for (const e of classify(text.slice(start, end)).evidence) {
      const shifted = { ...e, start: e.start + start, end: e.end + start };
      const key = `${shifted.category}|${shifted.start}|${shifted.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push(shifted);
    }
    await yieldControl();
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return { categories: CATEGORIES.filter((c) => evidence.some((e) => e.category === c)), evidence };
}
