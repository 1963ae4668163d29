/**
 * German and Dutch put the "not" of an imperative at the end of its clause: "Teilt die #MacronLeaks NICHT!",
 * "Deel de gelekte mails van de VVD niet." The lexicons' blockers are phrases ("nicht teilen", "deel het
 * niet") that cannot list every object in between, so a "nicht" or "niet" that ends its clause is a blocker
 * of its own: whatever the clause said about leaked files, it said it negated.
 *
 * Inside the clause, a "not" right before the leak word negates the leak itself: "Die Mails der SPD wurden
 * nicht gehackt", "the Labour emails were not leaked" deny a leak, they do not relay one.
 */
import type { TagMatch } from '../tag-index.ts';
import { type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import { CLAUSE_BREAK, type WrittenWords } from './names.ts';

/** Negations that close a clause, as the normaliser writes them. */
const CLAUSE_FINAL_NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'niet']);
/** Negations that come right before the word they negate. */
const NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'niet', 'not', 'never', 'nie', 'nooit']);
const LEAK_VERB = tagId('leak.verb');

export function negationBlockers(words: readonly Word[], written: WrittenWords, tags: WordTags): TagMatch[] {
  const result: TagMatch[] = [];
  for (const [index, word] of words.entries()) {
    if (!NEGATIONS.has(word.text)) continue;
    const ends = index + 1 >= words.length || CLAUSE_BREAK.test(written.between(index, index + 1));
    const negatesLeak = !ends && tags.has(index + 1, LEAK_VERB);
    if (!(negatesLeak || (ends && CLAUSE_FINAL_NEGATIONS.has(word.text)))) continue;
    result.push({ tag: 'leak.blocker', start: word.start, end: word.end, word: index });
  }
  return result;
}
