/**
 * A split of the vote written as two shares: "54/46", "52-48", "50,5/49,5":
 * two numbers joined by a slash or a dash, each at most 100, adding up to
 * about 100. On its own it may be a score or a ratio; the rules want poll,
 * election words or a name near it.
 *
 * Said in words, the leader first: "55 contra 45", "60 a 40 pro Lula", "53 to 47". A range is
 * written the other way ("from 40 to 60 minutes", "od 14 do 22"), so a word-joined split needs
 * the first share to be the larger.
 */
import type { Normalised } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import { type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';

const NUMBER = /^\d{1,3}(\.\d{1,2})?$/;
const JOINERS = new Set(['/', '-', '–', '—', '|']);

export function splits(words: readonly Word[], normalised: Normalised, original: string, tags: WordTags): TagMatch[] {
  const joiner = tagId('figure.joiner');
  const result: TagMatch[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const a = words[i] as Word;
    // "55 contra 45": a joiner word (figure.joiner, STRUCTURAL in compile.ts) between the shares.
    const said = tags.has(i + 1, joiner) ? 1 : 0;
    const b = words[i + 1 + said];
    if (b === undefined || !a.startsWithDigit || !b.startsWithDigit || !NUMBER.test(a.text) || !NUMBER.test(b.text)) continue;
    const sum = Number(a.text) + Number(b.text);
    if (sum < 97 || sum > 101 || Number(a.text) > 100 || Number(b.text) > 100) continue;
    // What the draft has between the two numbers: one joiner, maybe with spaces or a % around it.
    if (said === 1 ? Number(a.text) < Number(b.text) : !JOINERS.has(original.slice(normalised.ends[a.end - 1] as number, normalised.starts[b.start] as number).replace(/[\s%]/g, ''))) continue;
    result.push({ tag: 'figure.split', start: a.start, end: b.end, word: i });
    i += 1 + said;
  }
  return result;
}
