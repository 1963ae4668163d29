/**
 * Results of a past election: "In 2019 the Tories got 43.6 %", "2021 kam die SPD auf 25,7 Prozent",
 * "2018'de Erdoğan yüzde 52,6 ile kazanmıştı", "Το 2019 η ΝΔ πήρε 39,8 %". Figures bound to parties in
 * a sentence set in a past year are history, not an early result: the year — after "in", "en", "w", "в"…,
 * or starting its sentence, or with a case ending or a year word after it ("2022-ben", "2018 году") — is
 * `poll.past`, which blocks poll findings within 12 words (rules.ts; sentences are not looked at: the
 * content script has no bytes left for it, so a live result right after a past year is silenced too). The
 * words around a year are patterns of no language (`time.year`, STRUCTURAL in compile.ts).
 *
 * A year that names the election ("Wybory 2025:", "Exit poll 2024", "2025 seçimleri") is no such marker.
 */
import type { TagMatch } from '../tag-index.ts';
import { type AnyTag, type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import type { WrittenWords } from './names.ts';

const YEAR = /^(19|20)\d\d$/;
const SENTENCE_END = /[.!?;\n\u2026\u3002\uff01\uff1f]/;

export function pastYears(words: readonly Word[], tags: WordTags, written: WrittenWords): TagMatch[] {
  const has = (at: number, tag: AnyTag) => tags.has(at, tagId(tag));
  const electionWord = (at: number) => has(at, 'election') || has(at, 'poll.term');
  const result: TagMatch[] = [];
  for (const [index, word] of words.entries()) {
    if (YEAR.test(word.text) && !electionWord(index - 1) && !electionWord(index + 1) && (has(index - 1, 'time.year') || has(index + 1, 'time.year') || has(index + 1, 'time.unit') || index === 0 || SENTENCE_END.test(written.between(index - 1, index)))) {
      result.push({ tag: 'poll.past', start: word.start, end: word.end, word: index });
    }
  }
  return result;
}
