/**
 * Coded result lists posted during silences ("Pomidorowa po 41, ogórkowa po 36,
 * żurek po 10 #wybory", "Gula 20, röda 30, blå 19"): at least three numbers of
 * at most 100 within a dozen words, with a party, election or poll word in reach.
 */
import { PAIR_DISTANCE } from '../rules.ts';
import type { TagIndex, TagMatch } from '../tag-index.ts';
import type { AnyTag } from '../tags.ts';

const ANCHORS: readonly AnyTag[] = ['entity', 'election', 'poll.term', 'poll.coded'];
const CONTEXT: readonly AnyTag[] = ['poll.context'];

export function figureLists(numbers: readonly TagMatch[], index: TagIndex): TagMatch[] {
  const result: TagMatch[] = [];
  for (let i = 0; i + 2 < numbers.length; i += 1) {
    const first = numbers[i] as TagMatch;
    const third = numbers[i + 2] as TagMatch;
    if (third.word - first.word > 12) continue;
    const middle = (first.word + third.word) >> 1;
    const span = (third.word - first.word + 1) >> 1;
    if (!index.any(ANCHORS, middle, span + 20)) continue;
    // Opening hours, turnout, weather, scores: the same numbers are about something else.
    if (index.any(CONTEXT, middle, span + PAIR_DISTANCE)) continue;
    result.push({ tag: 'poll.list', start: first.start, end: third.end, word: first.word });
    i += 2;
  }
  return result;
}
