/**
 * Results bound to names: "Greens 31, Labour 28", "PiS 36, KO 31": two or
 * more figures, each right after a different party or candidate (ambiguous
 * names included: two of them each with its own figure is no accident),
 * within a dozen words. Enough for a poll finding on its own, even near
 * polling-station words ("sample from our polling station: …"). Names no
 * actor file knows count when both figures are percentages ("Kowalski 52 %,
 * Nowak 48 %"): a bare "Rosen 52, Tulpen 48" is a coded list at most.
 */
import type { TagMatch } from '../tag-index.ts';
import { type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import type { WrittenWords } from './names.ts';

const SPAN = 12;

export function namedPairs(numbers: readonly TagMatch[], tags: WordTags, words: readonly Word[], written?: WrittenWords): TagMatch[] {
  const entity = tagId('entity');
  const ambiguous = tagId('entity.ambiguous');
  const prep = tagId('figure.prep');
  const call = tagId('campaign.call');
  const named = (at: number) => (tags.has(at, entity) || tags.has(at, ambiguous)) && !tags.has(at - 1, call) && !tags.has(at - 2, call);
  // Ballot numbers after a call ("vote Lula 13") are not results.
  const percentage = (m: TagMatch) => m.tag === 'figure' && m.end > (words[m.word] as Word).end;
  const unknown = (at: number) => written !== undefined && written.isName(at, true) && !tags.has(at - 1, call);
  const anchor = (m: TagMatch, isName: (at: number) => boolean) => isName(m.word - 1) || (tags.has(m.word - 1, prep) && isName(m.word - 2));
  const bound = numbers.filter((m) => anchor(m, named) || (percentage(m) && anchor(m, unknown)));
  const result: TagMatch[] = [];
  for (let i = 0; i + 1 < bound.length; i += 1) {
    const first = bound[i] as TagMatch;
    const second = bound[i + 1] as TagMatch;
    if (second.word - first.word > SPAN || second.word - first.word < 2) continue;
    result.push({ tag: 'poll.pairs', start: first.start, end: second.end, word: first.word });
    i += 1;
  }
  return result;
}
