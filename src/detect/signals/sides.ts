/**
 * Shares bound to sides instead of names: "58 % left, 42 % right", "yes 54 no 46", "OUI 52 %, NON 48 %",
 * "izquierda 51, derecha 47". An exit poll of a run-off or a referendum, or an early count by camp, needs
 * no party name: the sides are the names. Two shares of different sides that add up to about 100 (a count
 * with a few percent blank or undecided included) are a poll on their own (`poll.pairs`), unless words
 * near say what else they count ("pizza", "football": `poll.context`); one percentage bound to a camp is a
 * named figure, a poll next to a poll word ("exit poll: 58 % left"), as a share after a name is.
 */
import { patternText } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import { type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import { CLAUSE_BREAK, type WrittenWords } from './names.ts';
import { ANSWERS } from './targets.ts';

/** Political camps in the dataset's languages, as the normaliser writes them; each word its camp. */
const CAMPS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    left: ['left', 'gauche', 'links', 'izquierda', 'sinistra', 'esquerda', 'stanga', 'levice', 'lavica', 'vasemmisto', 'vänster', 'venstre', 'baloldal', 'sol', 'αριστερά', 'левые'],
    right: ['right', 'droite', 'rechts', 'derecha', 'destra', 'direita', 'dreapta', 'pravice', 'pravica', 'oikeisto', 'höger', 'høyre', 'jobboldal', 'sag', 'δεξιά', 'правые'],
    centre: ['centre', 'center', 'mitte', 'centro', 'centrum'],
  }).flatMap(([camp, words]) => words.map((word) => [patternText(word), camp] as const)),
);
const NUMBER = /^\d{1,3}([.,]\d{1,2})?$/;
/** How many words apart two shares of one count may be. */
const SPAN = 12;
/** How far a word saying the figures are about something else ("pizza", "football") reaches. */
const CONTEXT_REACH = 8;

export interface SideFigures {
  /** Each share bound to a side, as `figure.named`. */
  readonly named: TagMatch[];
  /** Two shares of different sides adding up to about 100, as `poll.pairs`. */
  readonly pairs: TagMatch[];
}

export function sideFigures(words: readonly Word[], tags: WordTags, written: WrittenWords): SideFigures {
  const used = new Set<number>();
  // A side word next to the number, in its clause, not already the side of the number before.
  const sideOf = (at: number, number: number) => {
    const text = words[at]?.text;
    if (text === undefined || used.has(at) || CLAUSE_BREAK.test(written.between(Math.min(at, number), Math.max(at, number)))) return undefined;
    const camp = CAMPS.get(text);
    return camp !== undefined ? { side: camp, camp: true } : ANSWERS.has(text) ? { side: text, camp: false } : undefined;
  };
  const bound: Bound[] = [];
  for (const [index, word] of words.entries()) {
    if (!word.startsWithDigit || !NUMBER.test(word.text)) continue;
    const value = Number(word.text.replace(',', '.'));
    if (value > 100) continue;
    const percent = words[index + 1]?.text === '%';
    // "yes 54", "left: 58 %" before the number; "58 % left", "54 yes" after it (or after its "%").
    const after = percent ? index + 2 : index + 1;
    const before = sideOf(index - 1, index);
    const side = before ?? sideOf(after, index);
    if (side === undefined) continue;
    const first = before !== undefined ? index - 1 : index;
    const last = before !== undefined ? (percent ? index + 1 : index) : after;
    used.add(before !== undefined ? index - 1 : after);
    bound.push({ ...side, value, percent, match: { tag: 'figure.named', start: (words[first] as Word).start, end: (words[last] as Word).end, word: first } });
  }
  const context = tagId('poll.context');
  const nearContext = (from: number, to: number) => {
    for (let at = Math.max(0, from - CONTEXT_REACH); at <= Math.min(words.length - 1, to + CONTEXT_REACH); at += 1) if (tags.has(at, context)) return true;
    return false;
  };
  const pairs: TagMatch[] = [];
  for (let i = 0; i + 1 < bound.length; i += 1) {
    const a = bound[i] as Bound;
    const b = bound[i + 1] as Bound;
    const sum = a.value + b.value;
    if (a.side === b.side || b.match.word - a.match.word > SPAN || sum < 90 || sum > 101 || nearContext(a.match.word, b.match.word)) continue;
    pairs.push({ tag: 'poll.pairs', start: a.match.start, end: b.match.end, word: a.match.word });
    i += 1;
  }
  // Alone, "yes 54" may be anything ("yes 54 people came"): only a percentage of a camp is a named share.
  return { named: bound.filter((b) => b.camp && b.percent).map((b) => b.match), pairs };
}

interface Bound {
  readonly side: string;
  /** A political camp (left, right), not a referendum's answer. */
  readonly camp: boolean;
  readonly value: number;
  readonly percent: boolean;
  readonly match: TagMatch;
}
