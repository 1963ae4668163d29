/**
 * German and Dutch put the "not" of an imperative at the end of its clause: "Teilt die #MacronLeaks NICHT!",
 * "Deel de gelekte mails van de VVD niet." The lexicons' blockers are phrases ("nicht teilen", "deel het
 * niet") that cannot list every object in between, so a "nicht" or "niet" that ends its clause is a blocker
 * of its own: whatever the clause said about leaked files, it said it negated ("Die Mails wurden nicht
 * gehackt" too, which is no leak either).
 */
import type { TagMatch } from '../tag-index.ts';
import type { Word } from '../words.ts';
import { CLAUSE_BREAK, type WrittenWords } from './names.ts';

/** Negations that close a clause, as the normaliser writes them. */
const CLAUSE_FINAL_NEGATIONS: ReadonlySet<string> = new Set(['nicht', 'niet']);

export function clauseFinalNegations(words: readonly Word[], written: WrittenWords): TagMatch[] {
  const result: TagMatch[] = [];
  for (const [index, word] of words.entries()) {
    if (!CLAUSE_FINAL_NEGATIONS.has(word.text)) continue;
    if (index + 1 < words.length && !CLAUSE_BREAK.test(written.between(index, index + 1))) continue;
    result.push({ tag: 'leak.blocker', start: word.start, end: word.end, word: index });
  }
  return result;
}
