/**
 * Folds a draft into a canonical "skeleton" that lexicon patterns are matched
 * against, keeping for every output character the UTF-16 range of the
 * original text it came from, so evidence can point back into the draft.
 *
 * Lexicon patterns go through the same function, so any folding applied here
 * (case, accents, look-alike letters, leetspeak, spacing tricks, repeated
 * letters) can never make a pattern unreachable.
 *
 * Output: words separated by single spaces. Letters are lower-case Latin or
 * the script's own lower-case letters with accents stripped; digits stay
 * digits (in numbers) and `%` is a word of its own so poll figures survive.
 *
 * This runs on every pause in typing and is the floor of the detector's
 * cost, so the hot loop avoids per-character allocation: words are buffered
 * in reused parallel arrays and the output is written to typed arrays.
 */

export interface Normalised {
  /** The skeleton text. */
  readonly text: string;
  /** Original UTF-16 start offset of the character that produced text[i]. */
  readonly starts: Int32Array;
  /** Original UTF-16 end offset (exclusive) of that character. */
  readonly ends: Int32Array;
  /**
   * 1 where a camel-case or letter/digit change inside a word (e.g. #Macron|Leaks) allows a word boundary;
   * HASHTAG_START at the first character of a word written right after `#`; SEGMENT_SPACE on a space
   * that was not written, put between two words of a script written without spaces (see patternText).
   */
  readonly softBreaks: Uint8Array;
}

/** In `softBreaks`: the word starting here was written as a hashtag. */
export const HASHTAG_START = 2;
/**
 * In `softBreaks`: this space separates two of Intl.Segmenter's words inside one run of a script written
 * without spaces. The segmenter's dictionary splits a compound differently in different contexts
 * ("自民党に" but "自 民 に"), so patterns are stored without such spaces and the matcher steps over them.
 */
export const SEGMENT_SPACE = 3;

const LETTER = 0;
const DIGIT = 1;
/** `@` and `$`: letters in leetspeak when inside a word. */
const LEET_SYMBOL = 2;
/** Separates words and counts as a spacing-trick gap (`l e a k s`, `L.E.A.K.S`). */
const GAP = 3;
/** Separates words. */
const BREAK = 4;
/** Kept as a word of its own (`%`). */
const SYMBOL = 5;
/** Invisible: zero-width characters, combining marks, variation selectors. */
const DROP = 6;

interface Folded {
  readonly kind: number;
  readonly chars: string;
  readonly upper: boolean;
  /** A letter of a script written without spaces between words (Han, kana, Thai…): words come from Intl.Segmenter. */
  readonly unspaced?: boolean;
  /** A letter of a script that digits never stand in for (Hangul, Arabic, Devanagari…): a digit next to it starts a new word. */
  readonly noLeet?: boolean;
}

/** Look-alike letters of other scripts mapped to the Latin letter they imitate. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd',
  // Greek final sigma: a capital Σ folds to σ wherever it stands, so the final form must too.
  ς: 'σ',
  // Arabic script, as search engines fold it (Lucene's Arabic and Persian normalisers): alef wasla, alef
  // maqsura and the Persian/Urdu yeh are yeh, teh marbuta and the Urdu heh goal are heh, keheh is kaf.
  // (Hamza and madda on alef, waw and yeh are marks, dropped like the short vowels.)
  ٱ: 'ا', ى: 'ي', ی: 'ي', ة: 'ه', ۃ: 'ه', ہ: 'ه', ک: 'ك',
};

/**
 * Scripts whose combining marks are vowels, viramas or tone marks, letters of the word ("मोदी" is not "मद",
 * "ส้ม" is not "สม"): their marks are kept, canonically decomposed, so precomposed and typed-apart forms agree.
 */
const MARKED_SCRIPT =
  /^[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Tibetan}\p{Script=Myanmar}\p{Script=Khmer}]$/u;
/** Kana and their voicing marks (combining, spacing and half-width). */
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}\u3099-\u309c\uff9e\uff9f]$/u;
/** Marks of those scripts that are true diacritics, written or not at will: the Devanagari nukta (ज़/ज). */
const DROPPED_MARKS = new Set(['\u093c']);
/** Marks written one for the other: Devanagari candrabindu for anusvara (हाँ/हां). */
const MARK_FOLDS: Record<string, string> = { '\u0901': '\u0902' };

/** Letters of scripts where digits are never leetspeak: a change between such a letter and a digit ends the word ("35석", "2024में"). */
const LEET_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]$/u;

/** Quotes written inside Hebrew abbreviations (ח"כ, צה״ל, יו'ר): part of the word. */
const HEBREW_QUOTES = new Set([0x22, 0x27, 0x5f3, 0x5f4, 0x2018, 0x2019, 0x201c, 0x201d]);

function isHebrewLetter(code: number): boolean {
  return (code >= 0x5d0 && code <= 0x5ea) || (code >= 0x5f0 && code <= 0x5f2);
}

/** Scripts written without spaces between words. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc\u3005]$/u;

/** Leetspeak digits and symbols, applied only where they stand inside a word. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };

/** Separators that may split a word letter by letter to dodge filters. */
const GAP_CHARS = new Set([' ', '.', '-', '_', '·', '*', '\u00a0', '\u2009', '\u202f', '\u2013']);

function classifyChar(char: string): Folded {
  if (char >= '0' && char <= '9') return { kind: DIGIT, chars: char, upper: false };
  if (char === '@' || char === '$') return { kind: LEET_SYMBOL, chars: char, upper: false };
  if (char === '%' || char === '％' || char === '٪') return { kind: SYMBOL, chars: '%', upper: false };
  if (GAP_CHARS.has(char)) return { kind: GAP, chars: '', upper: false };
  // Digits of every script (Arabic-Indic ٥٢, Devanagari ५२, Bengali ৫২, Thai ๕๒…) are ASCII digits.
  if (/^\p{Nd}$/u.test(char)) return { kind: DIGIT, chars: digitValue(char), upper: false };
  if (MARKED_SCRIPT.test(char)) return foldMarkedScript(char);
  // Kana keep their voicing marks (が is not か, データ is not テータ), precomposed, combining or half-width.
  if (KANA.test(char)) return { kind: LETTER, chars: char.normalize('NFKD').replaceAll(' ', ''), upper: false, unspaced: true };
  // Marks, format characters, variation selectors, the Arabic tatweel that stretches words, and the
  // Armenian emphasis, exclamation, question and abbreviation marks written over a vowel inside the word
  // ("Քվեարկե՛ք", "ինչո՞ւ"): punctuation by category, but they never end a word.
  if (/[\p{Mn}\p{Me}\p{Cf}\u180b-\u180f\ufe00-\ufe0f\u0640\u055b\u055c\u055e\u055f]/u.test(char)) return { kind: DROP, chars: '', upper: false };
  // Hangul syllables stay whole (their decomposition is into letters, not marks).
  if (char >= '\uac00' && char <= '\ud7a3') return { kind: LETTER, chars: char, upper: false, noLeet: true };
  const decomposed = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (decomposed.length === 0) return { kind: DROP, chars: '', upper: false };
  // Compatibility forms (full-width digits, circled numbers, ligatures) decompose to plain ones.
  if (decomposed !== char && decomposed.length <= 4 && /^[\p{L}\p{N}%]+$/u.test(decomposed)) {
    const inner = [...decomposed].map(classifyChar);
    if (inner.every((f) => f.kind === LETTER)) {
      const folded = { kind: LETTER, chars: inner.map((f) => f.chars).join(''), upper: inner.some((f) => f.upper) };
      if (inner.every((f) => f.unspaced === true)) return { ...folded, unspaced: true };
      return inner.every((f) => f.noLeet === true) ? { ...folded, noLeet: true } : folded;
    }
    if (inner.length === 1 && inner[0] !== undefined) return inner[0];
  }
  if (!/\p{L}/u.test(decomposed)) return { kind: BREAK, chars: '', upper: false };
  const lower = decomposed.toLowerCase();
  const upper = lower !== decomposed;
  const mapped = [...lower].map((c) => CONFUSABLES[c] ?? c).join('');
  if (UNSPACED.test(char)) return { kind: LETTER, chars: mapped, upper, unspaced: true };
  if (!LEET_SCRIPT.test(decomposed[0] as string)) return { kind: LETTER, chars: mapped, upper, noLeet: true };
  return { kind: LETTER, chars: mapped, upper };
}

/** The ASCII digit of a decimal digit of any script (digits come in runs of ten from zero). */
function digitValue(char: string): string {
  const compatible = char.normalize('NFKD');
  if (compatible >= '0' && compatible <= '9' && compatible.length === 1) return compatible;
  const code = char.codePointAt(0) as number;
  let zero = code;
  while (zero > code - 9 && /^\p{Nd}$/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String(code - zero);
}

/** A character of a script whose marks are letters (see MARKED_SCRIPT). */
function foldMarkedScript(char: string): Folded {
  if (!/^[\p{L}\p{M}]$/u.test(char)) return { kind: BREAK, chars: '', upper: false };
  let chars = '';
  for (const part of char.normalize('NFKD')) if (!DROPPED_MARKS.has(part)) chars += MARK_FOLDS[part] ?? part;
  if (chars === '') return { kind: DROP, chars: '', upper: false };
  return UNSPACED.test(char) ? { kind: LETTER, chars, upper: false, unspaced: true } : { kind: LETTER, chars, upper: false, noLeet: true };
}

const ASCII: Folded[] = Array.from({ length: 128 }, (_, code) => classifyChar(String.fromCharCode(code)));
const foldCache = new Map<number, Folded>();

function fold(codePoint: number): Folded {
  if (codePoint < 128) return ASCII[codePoint] as Folded;
  let folded = foldCache.get(codePoint);
  if (folded === undefined) {
    folded = classifyChar(String.fromCodePoint(codePoint));
    foldCache.set(codePoint, folded);
  }
  return folded;
}

/** Our code units are whole (lone surrogates are never written), so decoding them is lossless. */
const UTF16 = new TextDecoder('utf-16le');

/** Growable typed output, sized for the input (folding rarely makes text longer). */
class Output {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  soft: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.soft = new Uint8Array(capacity);
  }

  push(code: number, start: number, end: number, soft: number): void {
    if (this.length === this.codes.length) this.grow();
    const at = this.length;
    this.codes[at] = code;
    this.starts[at] = start;
    this.ends[at] = end;
    this.soft[at] = soft;
    this.length = at + 1;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    const soft = new Uint8Array(size);
    soft.set(this.soft);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
    this.soft = soft;
  }

  text(): string {
    return UTF16.decode(this.codes.subarray(0, this.length));
  }
}

/** The current word's units, in reused parallel arrays. */
class WordBuffer {
  chars: string[] = [];
  kinds: number[] = [];
  uppers: boolean[] = [];
  starts: number[] = [];
  ends: number[] = [];
  /** The unit starts a word that continues the previous one's run of an unspaced script (a segment start). */
  joins: boolean[] = [];
  length = 0;
  /** The word was written right after a `#`. */
  hashtag = false;

  push(chars: string, kind: number, upper: boolean, start: number, end: number, join = false): void {
    const at = this.length;
    this.joins[at] = join;
    this.chars[at] = chars;
    this.kinds[at] = kind;
    this.uppers[at] = upper;
    this.starts[at] = start;
    this.ends[at] = end;
    this.length = at + 1;
  }

  /** Leetspeak: a digit run between letters ("M4cr0n"), or one digit at a word edge ("1eaks"), becomes letters. */
  applyLeet(): void {
    let hasLetter = false;
    for (let i = 0; i < this.length; i += 1) if (this.kinds[i] === LETTER) hasLetter = true;
    if (hasLetter) {
      let index = 0;
      while (index < this.length) {
        if (this.kinds[index] === LETTER) {
          index += 1;
          continue;
        }
        let end = index;
        while (end < this.length && this.kinds[end] !== LETTER) end += 1;
        if ((index > 0 && end < this.length) || end - index === 1) {
          for (let k = index; k < end; k += 1) {
            const letter = LEET[this.chars[k] as string];
            if (letter !== undefined) {
              this.chars[k] = letter;
              this.kinds[k] = LETTER;
            }
          }
        }
        index = end;
      }
    }
    // Leet symbols that did not become letters are dropped.
    let kept = 0;
    for (let i = 0; i < this.length; i += 1) {
      if (this.kinds[i] === LEET_SYMBOL) continue;
      if (kept !== i) {
        this.chars[kept] = this.chars[i] as string;
        this.kinds[kept] = this.kinds[i] as number;
        this.uppers[kept] = this.uppers[i] as boolean;
        this.starts[kept] = this.starts[i] as number;
        this.ends[kept] = this.ends[i] as number;
      }
      kept += 1;
    }
    this.length = kept;
  }

  isSingleLetter(): boolean {
    return this.length === 1 && this.kinds[0] === LETTER && (this.chars[0] as string).length === 1;
  }
}

/** Reused across calls (normalise never re-enters itself): no allocation per call for these. */
const word = new WordBuffer();
/** Single-letter words waiting to see whether they form a spaced-out word ("l e a k s"). */
const spaced = new WordBuffer();
/** Scratch buffer for words of one unit (a lone letter, a `%`). */
const single = new WordBuffer();

export function normalise(original: string): Normalised {
  const out = new Output(original.length + 16);
  word.length = 0;
  spaced.length = 0;
  let gapRun = 0;
  let sawBreak = false;

  const emitUnits = (units: WordBuffer) => {
    if (units.length === 0) return;
    if (out.length > 0) out.push(32, units.starts[0] as number, units.starts[0] as number, units.joins[0] === true ? SEGMENT_SPACE : 0);
    let index = 0;
    while (index < units.length) {
      const char = units.chars[index] as string;
      let runEnd = index + 1;
      if (units.kinds[index] === LETTER) {
        while (runEnd < units.length && units.chars[runEnd] === char) runEnd += 1;
      }
      // Runs of three or more identical letters ("leeeaks") count once, unless the run is the
      // whole word: an acronym such as BBB must not shrink to one letter.
      const kept = runEnd - index >= 3 && runEnd - index < units.length ? index + 1 : runEnd;
      for (let k = index; k < kept; k += 1) {
        let soft = k === 0 && units.hashtag ? HASHTAG_START : 0;
        if (k > 0) {
          const kind = units.kinds[k];
          const previousKind = units.kinds[k - 1];
          if ((units.uppers[k] && !units.uppers[k - 1] && previousKind === LETTER) || (kind === DIGIT) !== (previousKind === DIGIT)) soft = 1;
        }
        const chars = units.chars[k] as string;
        const start = units.starts[k] as number;
        const end = units.ends[k] as number;
        for (let c = 0; c < chars.length; c += 1) out.push(chars.charCodeAt(c), start, end, soft);
      }
      index = runEnd;
    }
  };

  const flushSpaced = () => {
    if (spaced.length >= 3) {
      emitUnits(spaced);
    } else {
      for (let i = 0; i < spaced.length; i += 1) {
        single.length = 0;
        single.push(spaced.chars[i] as string, spaced.kinds[i] as number, spaced.uppers[i] as boolean, spaced.starts[i] as number, spaced.ends[i] as number, spaced.joins[i]);
        emitUnits(single);
      }
    }
    spaced.length = 0;
  };

  const endWord = () => {
    if (word.length === 0) return;
    word.applyLeet();
    // Whether the gap before this word allowed a spaced run was settled when it began.
    if (word.isSingleLetter()) {
      spaced.push(word.chars[0] as string, LETTER, word.uppers[0] as boolean, word.starts[0] as number, word.ends[0] as number, word.joins[0]);
    } else {
      flushSpaced();
      emitUnits(word);
    }
    word.length = 0;
  };

  const length = original.length;
  /** Whether the word being built is of a script written without spaces (its words end where the script does). */
  let wordUnspaced = false;
  /** Whether the last unit of the word is a letter of a script with no leetspeak. */
  let wordNoLeet = false;
  /** The last character was a `#`: the next word is a hashtag. */
  let hashPending = false;
  /** Where Intl.Segmenter's words begin inside the current run of such a script, and where the run ends. */
  let segmentStarts: Set<number> | undefined;
  let segmentedUntil = -1;
  let index = 0;
  while (index < length) {
    const codeUnit = original.charCodeAt(index);
    const codePoint = codeUnit >= 0xd800 && codeUnit <= 0xdbff ? (original.codePointAt(index) as number) : codeUnit;
    const start = index;
    index += codePoint > 0xffff ? 2 : 1;
    const folded = fold(codePoint);
    const kind = folded.kind;
    if (kind === DROP) continue;
    if (kind === LETTER || kind === DIGIT || kind === LEET_SYMBOL) {
      const unspaced = folded.unspaced === true;
      if (unspaced && start >= segmentedUntil) {
        segmentedUntil = unspacedRunEnd(original, start);
        segmentStarts = segmentStartsIn(original, start, segmentedUntil);
      }
      // A change of script between spaced and unspaced writing, or a segment start, ends the word;
      // so does a change between a digit and a letter of a script with no leetspeak ("35석", "2024में").
      const noLeetChange = word.length > 0 && (kind === DIGIT ? wordNoLeet : folded.noLeet === true && word.kinds[word.length - 1] === DIGIT);
      let join = false;
      if (word.length > 0 && (unspaced !== wordUnspaced || noLeetChange || (unspaced && segmentStarts?.has(start) === true))) {
        // Only a segment start inside the run joins the next word to this one (SEGMENT_SPACE).
        join = unspaced && wordUnspaced && !noLeetChange;
        endWord();
        gapRun = 0;
        sawBreak = true;
      }
      wordUnspaced = unspaced;
      wordNoLeet = folded.noLeet === true;
      if (word.length === 0) {
        word.hashtag = hashPending;
        // A single-letter word closes the spaced run unless exactly one gap character preceded it.
        if (spaced.length > 0 && !(gapRun === 1 && !sawBreak)) flushSpaced();
        // "@name" is a mention, not leetspeak.
        if (folded.chars === '@') {
          gapRun = 0;
          sawBreak = true;
          continue;
        }
      }
      word.push(folded.chars, kind, folded.upper, start, index, join);
      gapRun = 0;
      sawBreak = false;
      hashPending = false;
    } else if (kind === SYMBOL) {
      hashPending = false;
      endWord();
      flushSpaced();
      single.length = 0;
      single.push(folded.chars, SYMBOL, false, start, index);
      emitUnits(single);
      gapRun = 0;
      sawBreak = true;
    } else if ((codeUnit === 46 || codeUnit === 44 || codeUnit === 0x66b) && isDecimalPoint(original, start, word)) {
      // A decimal point or comma (or the Arabic decimal separator) inside a number stays in the number.
      word.push('.', DIGIT, false, start, index);
    } else if (HEBREW_QUOTES.has(codeUnit) && word.length > 0 && isHebrewLetter((word.chars[word.length - 1] as string).charCodeAt(0)) && isHebrewLetter(original.charCodeAt(index))) {
      // The quote of a Hebrew abbreviation (ח"כ, צה״ל) is inside the word, written or not.
      continue;
    } else {
      endWord();
      gapRun += 1;
      if (kind === BREAK) sawBreak = true;
      hashPending = codeUnit === 35 || codeUnit === 0xff03;
    }
  }
  endWord();
  flushSpaced();

  return {
    text: out.text(),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
    softBreaks: out.soft.subarray(0, out.length),
  };
}

/**
 * A lexicon or actor term as the matcher stores it: its skeleton without the spaces the segmenter put
 * inside runs of unspaced scripts (the matcher steps over those in drafts), so "共産党" matches both
 * "共産党" and "共産 党" whichever way the dictionary cut it.
 */
export function patternText(term: string): string {
  const { text, softBreaks } = normalise(term);
  if (!text.includes(' ')) return text;
  let result = '';
  for (let i = 0; i < text.length; i += 1) if (!(text.charCodeAt(i) === 32 && softBreaks[i] === SEGMENT_SPACE)) result += text[i];
  return result;
}

/** The end of the run of unspaced-script letters (marks included) that starts at `start`. */
function unspacedRunEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) as number;
    const folded = fold(codePoint);
    if (folded.unspaced !== true && folded.kind !== DROP) break;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return index;
}

let segmenter: Intl.Segmenter | undefined;

/** Where words begin in text[start, end), by the platform's dictionary-based word segmentation (ICU in every browser and Node). */
function segmentStartsIn(text: string, start: number, end: number): Set<number> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const starts = new Set<number>();
  for (const { index } of segmenter.segment(text.slice(start, end))) starts.add(start + index);
  return starts;
}

function isDecimalPoint(text: string, index: number, word: WordBuffer): boolean {
  if (word.length === 0 || word.kinds[word.length - 1] !== DIGIT) return false;
  for (let i = 0; i < word.length; i += 1) if (word.kinds[i] !== DIGIT) return false;
  return fold(text.codePointAt(index + 1) ?? 0).kind === DIGIT;
}
