/**
 * Classifying very long drafts without one long task: the text is cut into
 * overlapping chunks at whitespace, each classified in its own turn of the
 * event loop (the caller's `yieldControl`), and the findings merged with
 * their offsets shifted back. The overlap keeps a phrase that straddles a cut
 * whole in the next chunk.
 *
 * The cost is linear in the text: cuts are found lazily, one chunk ahead,
 * and each search for a space looks at a bounded window (text without spaces
 * is cut hard), so the first chunk is classified at once whatever the length.
 */
import { CATEGORIES, type Classification, type Evidence, type WeakEvidence } from './categories.ts';

/** Classifying this much takes a few milliseconds even when every word matches: far below a 16 ms frame. */
export const CHUNK_LENGTH = 8_000;
/** Longer than any finding's span (two terms at most 8 words apart). */
export const CHUNK_OVERLAP = 600;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

/** The shortest chunk the page's budget may shrink a chunk to (well above the overlap, so chunks always advance). */
export const MIN_CHUNK_LENGTH = 2_000;
/** The page's budget per task: the next chunk's length is scaled so classifying it takes about this long. */
export const CHUNK_BUDGET_MS = 5;

/**
 * The chunks' [start, end) offsets, computed as they are consumed. `nextLength` gives each chunk's length
 * (at most CHUNK_LENGTH), so a caller can shrink chunks where the text is dense with matches.
 */
export function* chunks(text: string, nextLength: () => number = () => CHUNK_LENGTH): Generator<[number, number]> {
  const length = text.length;
  if (length <= CHUNK_LENGTH) {
    yield [0, length];
    return;
  }
  let start = 0;
  while (start < length) {
    const size = Math.max(MIN_CHUNK_LENGTH, Math.min(CHUNK_LENGTH, Math.floor(nextLength())));
    let end = Math.min(length, start + size);
    if (end < length) {
      // Cut at whitespace in the chunk's second half so a word is never split; a huge word is cut hard.
      for (let at = end; at > start + size / 2; at -= 1) {
        if (isSpace(text.charCodeAt(at))) {
          end = at;
          break;
        }
      }
    }
    yield [start, end];
    if (end >= length) return;
    // The next chunk starts CHUNK_OVERLAP back, at the start of a word when there is one in reach.
    let next = Math.max(start + 1, end - CHUNK_OVERLAP);
    for (let at = next; at < end; at += 1) {
      if (isSpace(text.charCodeAt(at))) {
        next = at + 1;
        break;
      }
    }
    start = next;
  }
}

export function chunkBounds(text: string): [number, number][] {
  return [...chunks(text)];
}

/** Evidence of successive chunks, shifted back to offsets into the whole text, each span once. */
class Merged {
  private readonly evidence: Evidence[] = [];
  private readonly weak: WeakEvidence[] = [];
  private readonly seen = new Set<string>();

  add(found: Classification, offset: number): void {
    for (const w of found.weak ?? []) {
      const key = `weak|${w.kind}|${w.start + offset}|${w.end + offset}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.weak.push({ ...w, start: w.start + offset, end: w.end + offset });
    }
    for (const e of found.evidence) {
      const shifted = { ...e, start: e.start + offset, end: e.end + offset };
      const key = `${shifted.category}|${shifted.start}|${shifted.end}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.evidence.push(shifted);
    }
  }

  result(): Classification {
    const evidence = this.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    const categories = CATEGORIES.filter((c) => evidence.some((e) => e.category === c));
    // As in one pass: weak signals only where no poll finding is.
    if (this.weak.length === 0 || categories.includes('poll')) return { categories, evidence };
    return { categories, evidence, weak: this.weak.sort((a, b) => a.start - b.start) };
  }
}

/** The page's way: one chunk per turn of the event loop (`yieldControl`), stopping when `signal` aborts. */
export async function classifyInChunks(
  text: string,
  classify: (text: string) => Classification,
  { yieldControl = () => Promise.resolve(), signal }: { yieldControl?: () => Promise<void>; signal?: AbortSignal } = {},
): Promise<Classification> {
  if (text.length <= CHUNK_LENGTH) return classify(text);
  const merged = new Merged();
  // Work per task is bounded by time, whatever the text: a chunk dense with matches (one risky phrase
  // repeated, spaced-out letters) costs more per character, so the next chunk is shorter.
  let size = CHUNK_LENGTH / 2;
  for (const [start, end] of chunks(text, () => size)) {
    signal?.throwIfAborted();
    const began = clock();
    merged.add(classify(text.slice(start, end)), start);
    const spent = Math.max(0.05, clock() - began);
    size = Math.max(MIN_CHUNK_LENGTH, Math.min(CHUNK_LENGTH, ((end - start) * CHUNK_BUDGET_MS) / spent));
    await yieldControl();
  }
  return merged.result();
}

function clock(): number {
  return globalThis.performance.now();
}

/** The command line's way: the same chunks, in one synchronous run (nobody is waiting for a frame). */
export function classifyLong(text: string, classify: (text: string) => Classification): Classification {
  if (text.length <= CHUNK_LENGTH) return classify(text);
  const merged = new Merged();
  for (const [start, end] of chunks(text)) merged.add(classify(text.slice(start, end)), start);
  return merged.result();
}
