/**
 * How the draft writes a word, for the signals that look for names no actor
 * file knows: a capital letter where no sentence starts ("vote for Jane
 * Okafor", "Kowalski 52 %, Nowak 48 %"), an acronym ("PNDR"), a hashtag, a
 * name with a case ending after an apostrophe ("Erdoğan'a"). The normalised
 * text has lost the capitals, so this reads the original through the
 * normaliser's offset map. Scripts without case never look like names here.
 */
import { HASHTAG_START, type Normalised } from '../normalise.ts';
import { type AnyTag, type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';

/** A word starting with a capital letter (Latin, Greek, Cyrillic, Armenian, Georgian Mtavruli…). */
export const CAPITAL = /^\p{Lu}|^\p{Lt}/u;
export const LOWER = /\p{Ll}/u;
/** What ends a clause between two words: they belong to different statements. */
const CLAUSE_BREAKS = '.!?;,()\n\u2026\u3002\uff01\uff1f\u060c\u3001';
export const CLAUSE_BREAK = new RegExp(`[${CLAUSE_BREAKS.replace(/[.?()]/g, '\\$&')}]`);
const CLAUSE_BREAK_CODES: ReadonlySet<number> = new Set([...CLAUSE_BREAKS].map((char) => char.charCodeAt(0)));
/** What ends a sentence before a word, so its capital letter says nothing (not a colon: "wyniki: Kowalski 61"). */
const SENTENCE_END = /[.!?\n\u2026\u3002\uff01\uff1f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019', '\u02bc']);
/** Capitalised pronouns of address (German "Sie", "Ihr"; Polish "Pan", "Państwo"): capitals that name nobody. */
const PRONOUNS = new Set(['sie', 'ihr', 'ihnen', 'euch', 'euer', 'eure', 'pan', 'pani', 'panstwo', 'panu', 'pania', 'ty', 'vy', 'vi', 'vas', 'vam']);
/**
 * Tags that say a capitalised word is something other than a new name: an actor (the lexicon forms see it
 * already), a time, a unit, a poll or leak word, a call or its context ("Vote for your Favourite…").
 */
const NOT_A_NAME: readonly AnyTag[] = [
  'entity',
  'entity.ambiguous',
  'poll.coded',
  'time.unit',
  'time.day',
  'figure.unit',
  'figure.prep',
  'figure.seats',
  'election',
  'report',
  'campaign.context',
  'campaign.call',
  'poll.term',
  'poll.context',
  'poll.leader',
  'leak.verb',
  'leak.object',
  'leak.context',
];
const NOT_A_NAME_IDS = NOT_A_NAME.map((tag) => tagId(tag));

export class WrittenWords {
  constructor(
    private readonly words: readonly Word[],
    private readonly normalised: Normalised,
    private readonly original: string,
    private readonly tags: WordTags,
  ) {}

  /** The word as the draft writes it. */
  written(index: number): string {
    const word = this.words[index] as Word;
    return this.original.slice(this.normalised.starts[word.start] as number, this.normalised.ends[word.end - 1] as number);
  }

  /** What the draft has between two words (punctuation, spaces, an apostrophe). */
  between(from: number, to: number): string {
    return this.original.slice(this.normalised.ends[(this.words[from] as Word).end - 1] as number, this.normalised.starts[(this.words[to] as Word).start] as number);
  }

  /**
   * Which clause each word is in (a number per word, counting up): words with a comma, a full stop, a
   * bracket or a line break between them belong to different statements.
   */
  clauses(): Uint32Array {
    const clause = new Uint32Array(this.words.length);
    let current = 0;
    for (let index = 1; index < this.words.length; index += 1) {
      const from = this.normalised.ends[(this.words[index - 1] as Word).end - 1] as number;
      const to = this.normalised.starts[(this.words[index] as Word).start] as number;
      for (let at = from; at < to; at += 1) {
        if (CLAUSE_BREAK_CODES.has(this.original.charCodeAt(at))) {
          current += 1;
          break;
        }
      }
      clause[index] = current;
    }
    return clause;
  }

  /** What the draft has after a word, up to the next word or the draft's end ("!", ", ", " !"). */
  after(index: number): string {
    const word = this.words[index] as Word;
    const next = this.words[index + 1];
    const to = next === undefined ? this.original.length : (this.normalised.starts[next.start] as number);
    return this.original.slice(this.normalised.ends[word.end - 1] as number, to);
  }

  /** Written in capitals, with two letters or more ("NEIN", "PiS" is not). */
  allCaps(index: number): boolean {
    const text = this.written(index);
    return text.length >= 2 && !LOWER.test(text) && CAPITAL.test(text);
  }

  capitalised(index: number): boolean {
    const word = this.words[index];
    if (word === undefined) return false;
    const code = this.original.charCodeAt(this.normalised.starts[word.start] as number);
    if (code >= 97 && code <= 122) return false; // the common case, without a regular expression
    if (code >= 65 && code <= 90) return true;
    return CAPITAL.test(this.written(index));
  }

  sentenceStart(index: number): boolean {
    const word = this.words[index] as Word;
    for (let at = (this.normalised.starts[word.start] as number) - 1; at >= 0; at -= 1) {
      const char = this.original[at] as string;
      if (SENTENCE_END.test(char)) return true;
      if (LETTER_OR_DIGIT.test(char)) return false;
    }
    return true;
  }

  /** Turkish and Finnish write a name's case ending after an apostrophe ("Erdoğan'a", "Marinin'"). */
  apostropheSuffix(index: number): boolean {
    const next = this.words[index + 1];
    return next !== undefined && next.end - next.start <= 4 && APOSTROPHES.has(this.between(index, index + 1));
  }

  /** Written in capitals, as are the words around it ("HAWAJSKA 40%, MARGHERITA 35%"): capitals that say nothing. */
  shouted(index: number): boolean {
    const allCaps = (at: number) => {
      const word = this.words[at];
      if (word === undefined || word.startsWithDigit) return false;
      const text = this.written(at);
      return !LOWER.test(text) && CAPITAL.test(text);
    };
    return allCaps(index) && [index - 2, index - 1, index + 1, index + 2].filter(allCaps).length >= 2;
  }

  /**
   * A word written as a name no actor file knows. At a sentence's start a capital says nothing, unless the
   * caller knows better (`allowInitial`: right after a call to vote, a list of figures).
   */
  isName(index: number, allowInitial: boolean): boolean {
    const word = this.words[index];
    if (word === undefined || word.end - word.start < 2 || word.startsWithDigit) return false;
    if (NOT_A_NAME_IDS.some((id) => this.tags.has(index, id)) || PRONOUNS.has(word.text)) return false;
    if (this.normalised.softBreaks[word.start] === HASHTAG_START) return true;
    if (!this.capitalised(index) || this.shouted(index)) return false;
    const written = this.written(index);
    // "PiS", "AUR", "SNS": an acronym is a name wherever it stands; so is "Erdoğan'a".
    const acronym = written.length <= 6 && !LOWER.test(written.slice(1, 3));
    return acronym || this.apostropheSuffix(index) || allowInitial || !this.sentenceStart(index);
  }
}
