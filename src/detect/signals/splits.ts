/**
 * A split of the vote written as two shares: "54/46", "52-48", "50,5/49,5":
 * two numbers joined by a slash or a dash, each at most 100, adding up to
 * about 100. On its own it may be a score or a ratio; the rules want poll,
 * election words or a name near it.
 */
import type { Normalised } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import type { Word } from '../words.ts';

const NUMBER = /^\d{1,3}(\.\d{1,2})?$/;
const JOINERS = new Set(['/', '-', '–', '—', '|']);

export function splits(words: readonly Word[], normalised: Normalised, original: string): TagMatch[] {
  const result: TagMatch[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const a = words[i] as Word;
    const b = words[i + 1] as Word;
    if (!a.startsWithDigit || !b.startsWithDigit || !NUMBER.test(a.text) || !NUMBER.test(b.text)) continue;
    const sum = Number(a.text) + Number(b.text);
    if (sum < 97 || sum > 101 || Number(a.text) > 100 || Number(b.text) > 100) continue;
    // What the draft has between the two numbers: one joiner, maybe with spaces or a % around it.
    const between = original.slice(normalised.ends[a.end - 1] as number, normalised.starts[b.start] as number).replace(/[\s%]/g, '');
    if (!JOINERS.has(between)) continue;
    result.push({ tag: 'figure.split', start: a.start, end: b.end, word: i });
    i += 1;
  }
  return result;
}
