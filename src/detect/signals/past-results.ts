/**
 * Results of a past election: "In 2019 the Tories got 43.6 %", "2021 kam die SPD auf 25,7 Prozent",
 * "2018'de Erdoğan yüzde 52,6 ile kazanmıştı", "Το 2019 η ΝΔ πήρε 39,8 %". Figures bound to parties in
 * a sentence set in a past year are history, not an early result: the year — after "in", "en", "w", "в"…,
 * or starting its sentence, or with a case ending or a year word after it ("2022-ben", "2018 году") — marks
 * every word of its sentence `poll.past`, which blocks poll findings there.
 *
 * A year that names the election ("Wybory 2025:", "Exit poll 2024", "2025 seçimleri") or heads a list
 * ("2025: Nawrocki 52, Trzaskowski 48") is no such marker.
 */
import type { TagMatch } from '../tag-index.ts';
import { type AnyTag, type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import type { WrittenWords } from './names.ts';

const YEAR = /^(19|20)\d\d$/;
/** "in", "en", "im", "w", "в" (normalised to "b"), "το" ("to"), "στο"… before a year, as the normaliser writes them. */
const BEFORE_YEAR: ReadonlySet<string> = new Set(['in', 'en', 'im', 'w', 'we', 'em', 'nel', 'no', 'na', 'b', 'bo', 'y', 'u', 'v', 've', 'vo', 'to', 'σto', 'σe', 'al', 'del', 'dal', 'dans', 'op', 'since', 'seit', 'depuis', 'desde', 'od', 'until', 'bis', 'jusqu', 'ate', 'hasta', 'fino']);
/** Year words after a year: "2018 году", "w 2020 roku", "2020. godine". */
const YEAR_WORDS: ReadonlySet<string> = new Set(['гoдy', 'гoдa', 'poky', 'roku', 'r', 'godine', 'godini', 'yilinda', 'evben', 'year', 'jahr', '年', '년']);
const SENTENCE_END = /[.!?;\n\u2026\u3002\uff01\uff1f]/;
/** How many words of its sentence a year marks at most, each side. */
const REACH = 30;

export function pastYears(words: readonly Word[], tags: WordTags, written: WrittenWords): TagMatch[] {
  const has = (at: number, tag: AnyTag) => tags.has(at, tagId(tag));
  const electionWord = (at: number) => has(at, 'election') || has(at, 'poll.term') || has(at, 'poll.strong');
  const sentenceBreak = (at: number) => SENTENCE_END.test(written.between(at, at + 1));
  const result: TagMatch[] = [];
  let marked = -1;
  for (const [index, word] of words.entries()) {
    if (!word.startsWithDigit || !YEAR.test(word.text) || index <= marked) continue;
    if (electionWord(index - 1) || electionWord(index + 1)) continue;
    const after = index + 1 < words.length ? written.between(index, index + 1) : '';
    if (after.includes(':')) continue;
    const previous = words[index - 1];
    const next = words[index + 1];
    const starts = index === 0 || sentenceBreak(index - 1);
    // "2018'de", "2022-ben": a case ending written onto the year.
    const ending = next !== undefined && /^['’-]$/.test(after);
    const marker = (previous !== undefined && BEFORE_YEAR.has(previous.text)) || ending || (next !== undefined && YEAR_WORDS.has(next.text)) || (starts && next !== undefined);
    if (!marker) continue;
    let from = index;
    while (from > 0 && index - from < REACH && !sentenceBreak(from - 1)) from -= 1;
    let to = index;
    while (to + 1 < words.length && to - index < REACH && !sentenceBreak(to)) to += 1;
    for (let at = from; at <= to; at += 1) {
      const w = words[at] as Word;
      result.push({ tag: 'poll.past', start: w.start, end: w.end, word: at });
    }
    marked = to;
  }
  return result;
}
