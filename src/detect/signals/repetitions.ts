/**
 * #RadioLondres-style coded results: "… the Dutch at 52. I repeat, the Dutch
 * at 52": a repeat marker followed by at least three words that also came,
 * in order, just before it.
 */
import type { TagMatch } from '../tag-index.ts';
import type { Word } from '../words.ts';

/** How far back (in words) the repeated words are looked for. */
const LOOK_BACK = 40;

export function repetitions(words: readonly Word[], matches: readonly TagMatch[]): TagMatch[] {
  const result: TagMatch[] = [];
  for (const marker of matches) {
    if (marker.tag !== 'poll.repeat') continue;
    let after = marker.word;
    while (after < words.length && (words[after] as Word).end <= marker.end) after += 1;
    const repeated = words.slice(after, after + 3).map((w) => w.text);
    if (repeated.length < 3) continue;
    const before = words.slice(Math.max(0, marker.word - LOOK_BACK), marker.word).map((w) => w.text);
    const found = before.some((_, i) => repeated.every((w, k) => before[i + k] === w));
    if (found) result.push({ tag: 'poll.repeated', start: marker.start, end: (words[after + 2] as Word).end, word: marker.word });
  }
  return result;
}
