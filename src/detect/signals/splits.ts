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
import type { Word } from '../words.ts';

const NUMBER = /^\d{1,3}(\.\d{1,2})?$/;
const JOINERS = new Set(['/', '-', '–', '—', '|']);
/** Words between two shares, as the normaliser writes them ("против" is "пpotиb"). */
const WORD_JOINERS: ReadonlySet<string> = new Set(['a', 'to', 'zu', 'contra', 'contre', 'contro', 'vs', 'gegen', 'tegen', 'mot', 'na', 'пpotиb', 'kata', 'ke']);

export function splits(words: readonly Word[], normalised: Normalised, original: string): TagMatch[] {
  const result: TagMatch[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const a = words[i] as Word;
    let b = words[i + 1] as Word;
    // "55 contra 45", "55 % contra 45 %".
    const at = b.text === '%' ? i + 2 : i + 1;
    const joiner = words[at + 1] !== undefined && WORD_JOINERS.has((words[at] as Word).text) ? at : -1;
    if (joiner >= 0) b = words[joiner + 1] as Word;
    if (!a.startsWithDigit || !b.startsWithDigit || !NUMBER.test(a.text) || !NUMBER.test(b.text)) continue;
    const sum = Number(a.text) + Number(b.text);
    if (sum < 97 || sum > 101 || Number(a.text) > 100 || Number(b.text) > 100) continue;
    // What the draft has between the two numbers: one joiner, maybe with spaces or a % around it.
    if (joiner >= 0) {
      if (Number(a.text) < Number(b.text)) continue;
    } else {
      const between = original.slice(normalised.ends[a.end - 1] as number, normalised.starts[b.start] as number).replace(/[\s%]/g, '');
      if (!JOINERS.has(between)) continue;
    }
    result.push({ tag: 'figure.split', start: a.start, end: b.end, word: i });
    i = joiner >= 0 ? joiner + 1 : i + 1;
  }
  return result;
}
