/**
 * Figures that look like poll numbers: "52 %", "52 percent", "35 seats", or a
 * number right after a name or code word, directly or through one preposition
 * ("Macron 65", "the Dutch at 52", "N-VA op 27"), never a clock time, an age
 * or a year, nor a ballot number after a call to vote ("vote Haddad 13").
 * Weaker numbers are kept as `figure.weak` (after a bare preposition, or a
 * vote count after a name) and `number` (anything else small), for the rules
 * and the list signals to weigh.
 */
import type { TagMatch } from '../tag-index.ts';
import { type AnyTag, type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import type { WrittenWords } from './names.ts';

const NUMBER = /^\d{1,5}(\.\d{1,2})?$/;
const MINUTES = /^[0-5]\d$/;
const HOUR = /^\d{1,2}$/;
/** How many words before a name a call to vote makes the number after it a ballot number. */
const BALLOT_REACH = 5;

export function figures(words: readonly Word[], tags: WordTags, written?: WrittenWords): TagMatch[] {
  const has = (index: number, tag: AnyTag) => tags.has(index, tagId(tag));
  const named = (at: number) => has(at, 'entity') || has(at, 'poll.coded');
  const ambiguous = (at: number) => has(at, 'entity.ambiguous');
  // A name no actor file knows ("Kowalski 61", "Smith 412"), where no sentence starts.
  const unknownName = (at: number) => written !== undefined && written.isName(at, false);
  // The name a number belongs to: right before it, or before one preposition ("the Dutch at 52").
  const anchorOf = (index: number, isName: (at: number) => boolean) =>
    isName(index - 1) ? index - 1 : has(index - 1, 'figure.prep') && isName(index - 2) ? index - 2 : -1;
  // A ballot number: a bare number after a name that a call to vote comes just before ("vote Lula 13 e Haddad 13").
  const afterCall = (anchor: number) => {
    for (let at = anchor - 1; at >= Math.max(0, anchor - BALLOT_REACH); at -= 1) if (has(at, 'campaign.call')) return true;
    return false;
  };
  const result: TagMatch[] = [];
  for (const [index, word] of words.entries()) {
    if (!word.startsWithDigit || !NUMBER.test(word.text)) continue;
    const value = Number(word.text);
    if (value > 100) {
      // Vote counts ("Babiš 412, Pavel 389") right after a name, never years; they need poll words near.
      const isYear = value >= 1900 && value <= 2100;
      const afterName = (has(index - 1, 'entity') || unknownName(index - 1)) && !has(index - 2, 'campaign.call');
      if (afterName && !isYear && !has(index + 1, 'time.unit')) result.push({ tag: 'figure.weak', start: word.start, end: word.end, word: index });
      continue;
    }
    const next = words[index + 1];
    const unit = next !== undefined && (next.text === '%' || has(index + 1, 'figure.unit'));
    const seats = next !== undefined && has(index + 1, 'figure.seats');
    // "14:30" arrives as "14 30": an hour followed by two-digit minutes is a clock time.
    const minutes = next !== undefined && MINUTES.test(next.text) && value <= 24 && next.start === word.end + 1;
    const previous = words[index - 1];
    const isMinutes = previous !== undefined && MINUTES.test(word.text) && HOUR.test(previous.text) && Number(previous.text) <= 24;
    const clock = has(index + 1, 'time.unit') || minutes || isMinutes;
    // A bare number counts when it follows a name or a code word, directly or through one
    // preposition: "Macron 65", "Clinton +3", "the Dutch at 52", "N-VA op 27" — but not a time
    // or an age ("at 8 pm", "a 14 year old"), nor a ballot number after a call ("vote Haddad 13").
    const prep = has(index - 1, 'figure.prep');
    const anchor = anchorOf(index, named);
    const afterName = anchor >= 0 && !clock && !(!unit && afterCall(anchor));
    if ((unit || afterName) && value <= 100) {
      result.push({ tag: 'figure', start: word.start, end: unit && next !== undefined ? next.end : word.end, word: index });
    } else if (seats && next !== undefined) {
      result.push({ tag: 'figure', start: word.start, end: next.end, word: index });
    } else if (!clock && anchorOf(index, ambiguous) >= 0 && !afterCall(anchorOf(index, ambiguous))) {
      // After a name that is also an ordinary word ("Greens 31"), or one no actor file knows ("Kowalski 61"):
      // it counts next to poll words.
      result.push({ tag: 'figure.weak', start: word.start, end: unit && next !== undefined ? next.end : word.end, word: index });
    } else if (!clock && anchorOf(index, unknownName) >= 0 && !afterCall(anchorOf(index, unknownName))) {
      result.push({ tag: 'figure.weak', start: word.start, end: unit && next !== undefined ? next.end : word.end, word: index });
    } else if (!clock) {
      // Any other small number: weak after a preposition, otherwise only counted in lists.
      result.push({ tag: prep ? 'figure.weak' : 'number', start: word.start, end: word.end, word: index });
    }
  }
  return result;
}

/**
 * Percentages bound to a name no actor file knows ("Kowalski 61 proc.", "Ramírez al 55 %"): with a result
 * or poll word near, the rules read them as a poll (`figure.named`).
 */
export function namedFigures(numbers: readonly TagMatch[], words: readonly Word[], tags: WordTags, written: WrittenWords): TagMatch[] {
  const prep = tagId('figure.prep');
  const call = tagId('campaign.call');
  const name = (at: number) => written.isName(at, true) && !tags.has(at - 1, call);
  return numbers
    .filter((m) => m.tag === 'figure' && m.end > (words[m.word] as Word).end && (name(m.word - 1) || (tags.has(m.word - 1, prep) && name(m.word - 2))))
    .map((m) => ({ ...m, tag: 'figure.named' }));
}
