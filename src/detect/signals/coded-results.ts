/**
 * Coded results (the #RadioLondres habit): "les tomates à 54, les courgettes
 * à 46", "Kurs dolara 52,1, euro 47,9", "N 51 / T 49". No word list knows the
 * code; the shape does: two or more name → figure pairs (a word, maybe a
 * preposition, a share of at most 100), close together, whose shares add up
 * to about 100 — two shares to 97–101, three or more to 85–101.
 *
 * Next to an election or poll word the rules make it a poll finding; on its own
 * it is a weak signal (Classification.weak), which the verdict turns into a
 * caution only while an exit-poll or results embargo is in force.
 */
import type { Normalised } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import { type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';

/** The most words from one figure to the next within one list. */
const GAP = 6;
const SHARE = /^\d{1,2}(\.\d{1,2})?$|^100$/;

/** After a share, the draft goes on with punctuation, a symbol or an emoji, never a word ("3 apples"). */
const ENDS_PAIR = /^[\s]*(?:[^\p{L}\p{N}\s]|$)/u;

export function codedResults(words: readonly Word[], numbers: readonly TagMatch[], tags: WordTags, normalised: Normalised, original: string): TagMatch[] {
  const prep = tagId('figure.prep');
  const time = tagId('time.unit');
  // A share after a name: the word before (or before a preposition) is a word, not a number.
  const nameOf = (m: TagMatch) => (tags.has(m.word - 1, prep) ? m.word - 2 : m.word - 1);
  const isShare = (m: TagMatch) => {
    const word = words[m.word];
    if (word === undefined || !SHARE.test(word.text) || tags.has(m.word + 1, time)) return false;
    const after = normalised.ends[m.end - 1] as number;
    if (!ENDS_PAIR.test(original.slice(after, after + 8))) return false;
    const before = words[nameOf(m)];
    return before !== undefined && !before.startsWithDigit && before.text !== '%';
  };
  const result: TagMatch[] = [];
  let run: TagMatch[] = [];
  const close = () => {
    const sum = run.reduce((total, m) => total + Number((words[m.word] as Word).text), 0);
    const near100 = run.length === 2 ? sum >= 97 && sum <= 101 : run.length > 2 && sum >= 85 && sum <= 101;
    if (near100) {
      const first = run[0] as TagMatch;
      const last = run[run.length - 1] as TagMatch;
      // From the first name ("tomates à 54, …"), so the evidence shows what the figures stand for.
      const name = nameOf(first);
      result.push({ tag: 'poll.coded-results', start: (words[name] as Word).start, end: last.end, word: name });
    }
    run = [];
  };
  for (const m of numbers) {
    if (!isShare(m)) {
      if (run.length > 0 && m.word - (run[run.length - 1] as TagMatch).word <= GAP) close();
      continue;
    }
    const previous = run[run.length - 1];
    if (previous !== undefined && (m.word - previous.word > GAP || m.word - previous.word < 2)) close();
    run.push(m);
  }
  close();
  return result;
}
