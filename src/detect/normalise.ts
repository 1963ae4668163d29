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
 */

export interface Normalised {
  /** The skeleton text. */
  readonly text: string;
  /** Original UTF-16 start offset of the character that produced text[i]. */
  readonly starts: Int32Array;
  /** Original UTF-16 end offset (exclusive) of that character. */
  readonly ends: Int32Array;
  /** 1 where a camel-case or letter/digit change inside a word (e.g. #Macron|Leaks) allows a word boundary. */
  readonly softBreaks: Uint8Array;
}

const enum Kind {
  Letter,
  Digit,
  /** `@` and `$`: letters in leetspeak when inside a word. */
  LeetSymbol,
  /** Separates words and counts as a spacing-trick gap (`l e a k s`, `L.E.A.K.S`). */
  Gap,
  /** Separates words. */
  Break,
  /** Kept as a word of its own (`%`). */
  Symbol,
  /** Invisible: zero-width characters, combining marks, variation selectors. */
  Drop,
}

/** Look-alike letters of other scripts mapped to the Latin letter they imitate. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd',
};

/** Leetspeak digits and symbols, applied only where they stand inside a word. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };

/** Separators that may split a word letter by letter to dodge filters. */
const GAP_CHARS = new Set([' ', '.', '-', '_', '·', '*', '\u00a0', '\u2009', '\u202f', '\u2013']);

interface Folded {
  readonly kind: Kind;
  readonly chars: string;
  readonly upper: boolean;
}

const foldCache = new Map<number, Folded>();

function classify(codePoint: number): Folded {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const result = classifyUncached(String.fromCodePoint(codePoint));
  foldCache.set(codePoint, result);
  return result;
}

function classifyUncached(char: string): Folded {
  if (char >= '0' && char <= '9') return { kind: Kind.Digit, chars: char, upper: false };
  if (char === '@' || char === '$') return { kind: Kind.LeetSymbol, chars: char, upper: false };
  if (char === '%' || char === '％') return { kind: Kind.Symbol, chars: '%', upper: false };
  if (GAP_CHARS.has(char)) return { kind: Kind.Gap, chars: '', upper: false };
  if (/[\p{Mn}\p{Me}\p{Cf}\u180b-\u180f\ufe00-\ufe0f]/u.test(char)) return { kind: Kind.Drop, chars: '', upper: false };
  const decomposed = char.normalize('NFKD').replace(/\p{M}/gu, '');
  if (decomposed.length === 0) return { kind: Kind.Drop, chars: '', upper: false };
  // Compatibility forms (full-width digits, circled numbers, ligatures) decompose to plain ones.
  if (decomposed !== char && decomposed.length <= 4 && /^[\p{L}\p{N}%]+$/u.test(decomposed)) {
    const inner = [...decomposed].map((c) => classifyUncached(c));
    if (inner.every((f) => f.kind === Kind.Letter)) {
      return { kind: Kind.Letter, chars: inner.map((f) => f.chars).join(''), upper: inner.some((f) => f.upper) };
    }
    if (inner.length === 1 && inner[0] !== undefined) return inner[0];
  }
  if (!/\p{L}/u.test(decomposed)) return { kind: Kind.Break, chars: '', upper: false };
  const lower = decomposed.toLowerCase();
  const upper = lower !== decomposed;
  const mapped = [...lower].map((c) => CONFUSABLES[c] ?? c).join('');
  return { kind: Kind.Letter, chars: mapped, upper };
}

/** Growable output buffers. */
class Output {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  soft: number[] = [];

  push(char: string, start: number, end: number, soft: boolean): void {
    this.chars.push(char);
    this.starts.push(start);
    this.ends.push(end);
    this.soft.push(soft ? 1 : 0);
  }

  get length(): number {
    return this.chars.length;
  }
}

interface Unit {
  char: string;
  kind: Kind;
  upper: boolean;
  start: number;
  end: number;
}

export function normalise(original: string): Normalised {
  const out = new Output();
  let word: Unit[] = [];
  /** Single-letter words waiting to see whether they form a spaced-out word. */
  let spaced: Unit[][] = [];
  let gapRun = 0;
  let sawBreak = false;

  const emitWord = (units: readonly Unit[]) => {
    if (units.length === 0) return;
    if (out.length > 0) {
      const first = units[0] as Unit;
      out.push(' ', first.start, first.start, false);
    }
    let index = 0;
    while (index < units.length) {
      const unit = units[index] as Unit;
      let runEnd = index + 1;
      if (unit.kind === Kind.Letter) {
        while (runEnd < units.length && (units[runEnd] as Unit).char === unit.char) runEnd += 1;
      }
      // Runs of three or more identical letters ("leeeaks") count once.
      const kept = runEnd - index >= 3 ? index + 1 : runEnd;
      for (let k = index; k < kept; k += 1) {
        const current = units[k] as Unit;
        const previous = units[k - 1];
        const soft =
          previous !== undefined &&
          ((current.upper && !previous.upper && previous.kind === Kind.Letter) ||
            (current.kind === Kind.Digit) !== (previous.kind === Kind.Digit));
        for (const c of current.char) out.push(c, current.start, current.end, soft);
      }
      index = runEnd;
    }
  };

  const flushSpaced = () => {
    if (spaced.length >= 3) emitWord(spaced.flat());
    else for (const units of spaced) emitWord(units);
    spaced = [];
  };

  const endWord = () => {
    if (word.length === 0) return;
    const units = applyLeet(word);
    word = [];
    const isSingleLetter = units.length === 1 && units[0]?.kind === Kind.Letter && units[0].char.length === 1;
    // Whether the gap before this word allowed a spaced run was settled when it began.
    if (isSingleLetter) {
      spaced.push(units);
    } else {
      flushSpaced();
      emitWord(units);
    }
  };

  for (let index = 0; index < original.length; ) {
    const codePoint = original.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = classify(codePoint);
    const start = index;
    index += width;
    switch (folded.kind) {
      case Kind.Drop:
        continue;
      case Kind.Letter:
      case Kind.Digit:
      case Kind.LeetSymbol:
        if (word.length === 0) {
          // A single-letter word closes the spaced run unless one gap character preceded it.
          if (spaced.length > 0 && !(gapRun === 1 && !sawBreak)) flushSpaced();
          // "@name" is a mention, not leetspeak.
          if (folded.chars === '@') {
            gapRun = 0;
            sawBreak = true;
            continue;
          }
        }
        word.push({ char: folded.chars, kind: folded.kind, upper: folded.upper, start, end: index });
        gapRun = 0;
        sawBreak = false;
        continue;
      case Kind.Symbol:
        endWord();
        flushSpaced();
        emitWord([{ char: folded.chars, kind: Kind.Symbol, upper: false, start, end: index }]);
        gapRun = 0;
        sawBreak = true;
        continue;
      case Kind.Gap:
        // A decimal point or comma inside a number stays in the number.
        if (isDecimalPoint(original, start, word)) {
          word.push({ char: '.', kind: Kind.Digit, upper: false, start, end: index });
          continue;
        }
        endWord();
        gapRun += 1;
        continue;
      case Kind.Break:
        if (folded.chars === '' && (original[start] === ',' || original[start] === '.') && isDecimalPoint(original, start, word)) {
          word.push({ char: '.', kind: Kind.Digit, upper: false, start, end: index });
          continue;
        }
        endWord();
        gapRun += 1;
        sawBreak = true;
        continue;
    }
  }
  endWord();
  flushSpaced();

  return {
    text: out.chars.join(''),
    starts: Int32Array.from(out.starts),
    ends: Int32Array.from(out.ends),
    softBreaks: Uint8Array.from(out.soft),
  };
}

function isDecimalPoint(text: string, index: number, word: readonly Unit[]): boolean {
  const char = text[index];
  if (char !== '.' && char !== ',') return false;
  const last = word[word.length - 1];
  if (last === undefined || last.kind !== Kind.Digit || !word.every((u) => u.kind === Kind.Digit)) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 48 && next <= 57;
}

/**
 * Maps leetspeak inside words that mix letters and digits: a digit run between
 * letters ("M4cr0n", "l34ks") or a single digit at a word edge ("1eaks",
 * "leak5") becomes letters; longer edge runs stay numbers ("Macron2017").
 */
function applyLeet(units: Unit[]): Unit[] {
  if (!units.some((u) => u.kind === Kind.Letter)) {
    return units.every((u) => u.kind === Kind.Digit)
      ? units
      : units.map((u) => (u.kind === Kind.LeetSymbol ? { ...u, kind: Kind.Break, char: '' } : u)).filter((u) => u.char !== '');
  }
  const result = units.slice();
  let index = 0;
  while (index < units.length) {
    if ((units[index] as Unit).kind === Kind.Letter) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < units.length && (units[end] as Unit).kind !== Kind.Letter) end += 1;
    const between = index > 0 && end < units.length;
    const atEdge = end - index === 1;
    if (between || atEdge) {
      for (let k = index; k < end; k += 1) {
        const unit = units[k] as Unit;
        const letter = LEET[unit.char];
        if (letter !== undefined) result[k] = { ...unit, char: letter, kind: Kind.Letter };
      }
    }
    index = end;
  }
  return result.filter((u) => u.kind !== Kind.LeetSymbol);
}
