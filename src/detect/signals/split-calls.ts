/**
 * A call to vote with its time said inside it: "Stimmt morgen für die Piraten", "Głosujcie w niedzielę na
 * Lewicę", "Vote on Sunday for the Greens". The lexicons' calls are phrases ("stimmt für", "głosujcie na",
 * "vote for"); a time between their words breaks the phrase, and listing every call with every time in it
 * would multiply the lexicons. So the two words on each side of a time are matched again, joined, and a call
 * that spans the join counts as a call over the whole stretch, time included.
 *
 * Only times (weekdays, months, today, tomorrow, and the short word that introduces them: "am", "on", "w")
 * are stepped over, in one clause: any other word between is what the sentence says, not a pause in a call.
 */
import type { PatternSet } from '../matcher.ts';
import type { TagMatch } from '../tag-index.ts';
import { type Tag, type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import { CLAUSE_BREAK, type WrittenWords } from './names.ts';

const TIME = tagId('time.unit');
const DAY = tagId('time.day');
/** How many words each side of the time are joined: calls are at most a few words ("get out and vote for"). */
const SIDE = 2;
/** The longest word that may introduce a time ("am", "on", "this", "w", "le"). */
const INTRODUCER = 4;

export function splitCalls(words: readonly Word[], tags: WordTags, written: WrittenWords, patterns: PatternSet<Tag>): TagMatch[] {
  const isTime = (index: number) => tags.has(index, TIME) || tags.has(index, DAY);
  const sameClause = (from: number, to: number) => !CLAUSE_BREAK.test(written.between(from, to));
  const result: TagMatch[] = [];
  for (let index = 0; index < words.length; index += 1) {
    if (!isTime(index)) continue;
    // The run of time words, with the short word before it that introduces it.
    let first = index;
    let last = index;
    while (last + 1 < words.length && isTime(last + 1) && sameClause(last, last + 1)) last += 1;
    index = last;
    const before = words[first - 1];
    if (before !== undefined && before.end - before.start <= INTRODUCER && !isTime(first - 1) && sameClause(first - 1, first) && !written.capitalised(first - 1)) first -= 1;
    if (first === 0 || last + 1 >= words.length || !sameClause(first - 1, first) || !sameClause(last, last + 1)) continue;
    const left: number[] = [];
    for (let at = first - 1; at >= 0 && left.length < SIDE && (at === first - 1 || sameClause(at, at + 1)); at -= 1) left.unshift(at);
    const right: number[] = [];
    for (let at = last + 1; at < words.length && right.length < SIDE && (at === last + 1 || sameClause(at - 1, at)); at += 1) right.push(at);
    result.push(...joinedCalls(words, left, right, patterns));
  }
  return result;
}

/** Calls found in the words of `left` and `right` joined as one phrase that span the join, in draft offsets. */
function joinedCalls(words: readonly Word[], left: readonly number[], right: readonly number[], patterns: PatternSet<Tag>): TagMatch[] {
  const joined = [...left, ...right];
  const offsets: number[] = [];
  let text = '';
  for (const at of joined) {
    if (text.length > 0) text += ' ';
    offsets.push(text.length);
    text += (words[at] as Word).text;
  }
  const junction = offsets[left.length] as number;
  // Back from the joined phrase to the draft's words: which word an offset is in, and where that word starts.
  const toDraft = (offset: number) => {
    let k = offsets.length - 1;
    while (k > 0 && (offsets[k] as number) > offset) k -= 1;
    const at = joined[k] as number;
    return { word: at, offset: (words[at] as Word).start + offset - (offsets[k] as number) };
  };
  const empty = new Int32Array(0);
  const found = patterns.scan({ text, softBreaks: new Uint8Array(text.length), starts: empty, ends: empty });
  const calls: TagMatch[] = [];
  for (const m of found) {
    if (m.tag !== 'campaign.call' || m.start >= junction || m.end <= junction) continue;
    const start = toDraft(m.start);
    calls.push({ tag: 'campaign.call', start: start.offset, end: toDraft(m.end - 1).offset + 1, word: start.word });
  }
  return calls;
}
