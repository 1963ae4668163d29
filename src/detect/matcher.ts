/**
 * Finds every lexicon pattern in the normalised text in time linear in its
 * length; there is no backtracking, so no input can make it slow.
 *
 * Almost every pattern must start at a word boundary (a space, the start of
 * the text, or a camel-case break inside a hashtag). Those are kept in a trie
 * walked from each such position only, never from the middle of a word: the
 * walk stops at the first character no pattern continues with, and is never
 * longer than the longest pattern, so the cost per character is bounded by a
 * small constant. The few patterns that may start inside a word (`*leaks`)
 * form a small Aho–Corasick automaton, run over every character as a dense
 * table.
 *
 * Both are packed into typed arrays (each node's edges sorted by character,
 * found by binary search, with a direct table for the characters of the
 * commonest scripts at the root): they live in every tab's content script,
 * where a map per node would cost megabytes.
 */
import { HASHTAG_START, type Normalised, SEGMENT_SPACE } from './normalise.ts';

export interface Pattern<Tag extends string = string> {
  /** Normalised pattern text (words separated by single spaces). */
  readonly text: string;
  readonly tag: Tag;
  /** May start inside a word (written `*leaks` in lexicons). */
  readonly infixStart: boolean;
  /** May end inside a word (written `leak*`). */
  readonly infixEnd: boolean;
  /** Only a whole word counts, camel-case breaks do not (hashtags written `#EnMarche`). */
  readonly wholeWord?: boolean;
  /** Only a word written after `#` counts ("#PAS", not the French "pas"). */
  readonly hashtag?: boolean;
}

export interface Match<Tag extends string = string> {
  readonly tag: Tag;
  /** Offsets into the normalised text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Index of the word the match starts in (words are space-separated). */
  readonly word: number;
}

const INFIX_START = 1;
const INFIX_END = 2;
const WHOLE_WORD = 4;
const HASHTAG = 8;
/** Characters below this get a direct table (Latin, Greek, Cyrillic); others are found by binary search. */
const TABLE_LIMIT = 0x500;

/** The space between words and the `%` word: anything but a letter or digit of the normalised text. */
function isBreak(code: number): boolean {
  return code === 32 || code === 37;
}

/** Work between two pauses of an incremental build (see PatternSet.steps): about this many characters or nodes. */
const SLICE = 16_384;

interface TrieParts {
  readonly size: number;
  readonly edgeStart: Int32Array;
  readonly edgeChars: Uint16Array;
  readonly edgeTargets: Int32Array;
  readonly depth: Int32Array;
  readonly outputStart: Int32Array;
  readonly outputPatterns: Int32Array;
}

/**
 * Builds a trie's arrays from sorted texts (`indexes`: the pattern index of each), pausing (`yield`)
 * every SLICE characters or nodes. Each text shares its longest common prefix with the previous one,
 * so the path to extend is always the previous text's, and nodes come out depth first, children in
 * character order.
 */
function* trieParts(texts: readonly string[], indexes: readonly number[]): Generator<void, TrieParts> {
  const nodeCapacity = texts.reduce((sum, text) => sum + text.length, 0) + 1;
  const parent = new Int32Array(nodeCapacity);
  const char = new Uint16Array(nodeCapacity);
  const depth = new Int32Array(nodeCapacity);
  const endsAt = new Int32Array(texts.length);
  const path: number[] = [0];
  let count = 1;
  let previous = '';
  let work = 0;
  for (const [index, text] of texts.entries()) {
    let shared = 0;
    while (shared < text.length && shared < previous.length && text.charCodeAt(shared) === previous.charCodeAt(shared)) shared += 1;
    path.length = shared + 1;
    for (let i = shared; i < text.length; i += 1) {
      parent[count] = path[i] as number;
      char[count] = text.charCodeAt(i);
      depth[count] = i + 1;
      path.push(count);
      count += 1;
    }
    endsAt[index] = path[text.length] as number;
    previous = text;
    work += text.length;
    if (work >= SLICE) {
      work = 0;
      yield;
    }
  }

  const edgeStart = new Int32Array(count + 1);
  for (let node = 1; node < count; node += 1) edgeStart[(parent[node] as number) + 1] = (edgeStart[(parent[node] as number) + 1] as number) + 1;
  for (let node = 0; node < count; node += 1) edgeStart[node + 1] = (edgeStart[node + 1] as number) + (edgeStart[node] as number);
  yield;
  const edgeChars = new Uint16Array(Math.max(0, count - 1));
  const edgeTargets = new Int32Array(Math.max(0, count - 1));
  const fill = edgeStart.slice(0, count);
  for (let node = 1; node < count; node += 1) {
    const slot = parent[node] as number;
    const at = fill[slot] as number;
    fill[slot] = at + 1;
    edgeChars[at] = char[node] as number;
    edgeTargets[at] = node;
    if (node % SLICE === 0) yield;
  }

  const outputStart = new Int32Array(count + 1);
  for (const node of endsAt) outputStart[node + 1] = (outputStart[node + 1] as number) + 1;
  for (let node = 0; node < count; node += 1) outputStart[node + 1] = (outputStart[node + 1] as number) + (outputStart[node] as number);
  const outputPatterns = new Int32Array(texts.length);
  const outFill = outputStart.slice(0, count);
  for (const [index, node] of endsAt.entries()) {
    const at = outFill[node] as number;
    outFill[node] = at + 1;
    outputPatterns[at] = indexes[index] as number;
  }
  return { size: count, edgeStart, edgeChars, edgeTargets, depth: depth.slice(0, count), outputStart, outputPatterns };
}

/** Runs a build to its end without pausing. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * A trie of pattern texts, packed. Node n's edges are edgeChars/edgeTargets[edgeStart[n] .. edgeStart[n + 1]),
 * sorted by character; its patterns (by index into the caller's list) are outputPatterns[outputStart[n] .. outputStart[n + 1]).
 */
class Trie {
  readonly edgeStart: Int32Array;
  readonly edgeChars: Uint16Array;
  readonly edgeTargets: Int32Array;
  readonly depth: Int32Array;
  readonly outputStart: Int32Array;
  readonly outputPatterns: Int32Array;
  readonly rootTable = new Int32Array(TABLE_LIMIT).fill(-1);
  readonly size: number;

  constructor(parts: TrieParts) {
    ({
      size: this.size,
      edgeStart: this.edgeStart,
      edgeChars: this.edgeChars,
      edgeTargets: this.edgeTargets,
      depth: this.depth,
      outputStart: this.outputStart,
      outputPatterns: this.outputPatterns,
    } = parts);
    for (let e = this.edgeStart[0] as number; e < (this.edgeStart[1] as number); e += 1) {
      const code = this.edgeChars[e] as number;
      if (code < TABLE_LIMIT) this.rootTable[code] = this.edgeTargets[e] as number;
    }
  }

  /** The child of `node` on `code`, or -1. */
  child(node: number, code: number): number {
    if (node === 0 && code < TABLE_LIMIT) return this.rootTable[code] as number;
    const { edgeChars } = this;
    let low = this.edgeStart[node] as number;
    let high = (this.edgeStart[node + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const char = edgeChars[middle] as number;
      if (char === code) return this.edgeTargets[middle] as number;
      if (char < code) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  hasOutput(node: number): boolean {
    return (this.outputStart[node + 1] as number) > (this.outputStart[node] as number);
  }
}

/**
 * Aho–Corasick over a trie: fail links, and a dense table of resolved transitions for every node on the
 * characters below TABLE_LIMIT that the patterns use (the trie is small: only patterns that may start inside a word).
 */
class Automaton {
  readonly fail: Int32Array;
  /** Nearest node along the fail chain (itself included) that ends a pattern, or -1. */
  readonly outputNode: Int32Array;
  /** Class (1…) of each character below TABLE_LIMIT that a pattern uses; 0 for the rest. */
  readonly charClass = new Uint16Array(TABLE_LIMIT);
  readonly classes: number;
  readonly table: Int32Array;

  constructor(readonly trie: Trie) {
    const count = trie.size;
    this.fail = new Int32Array(count);
    this.outputNode = new Int32Array(count).fill(-1);
    const queue: number[] = [];
    for (let e = trie.edgeStart[0] as number; e < (trie.edgeStart[1] as number); e += 1) queue.push(trie.edgeTargets[e] as number);
    for (const child of queue) if (trie.hasOutput(child)) this.outputNode[child] = child;
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      for (let e = trie.edgeStart[state] as number; e < (trie.edgeStart[state + 1] as number); e += 1) {
        const code = trie.edgeChars[e] as number;
        const child = trie.edgeTargets[e] as number;
        let fail = this.fail[state] as number;
        let target = trie.child(fail, code);
        while (target === -1 && fail !== 0) {
          fail = this.fail[fail] as number;
          target = trie.child(fail, code);
        }
        this.fail[child] = target !== -1 && target !== child ? target : 0;
        this.outputNode[child] = trie.hasOutput(child) ? child : (this.outputNode[this.fail[child] as number] as number);
        queue.push(child);
      }
    }
    let classes = 1;
    const codes: number[] = [0];
    for (const code of trie.edgeChars) {
      if (code < TABLE_LIMIT && this.charClass[code] === 0) {
        this.charClass[code] = classes++;
        codes.push(code);
      }
    }
    this.classes = classes;
    this.table = new Int32Array(count * classes);
    for (let node = 0; node < count; node += 1) {
      for (let c = 1; c < classes; c += 1) this.table[node * classes + c] = this.next(node, codes[c] as number);
    }
  }

  /** The state after reading `code` in `state`: its child, or its fail chain's, or the root. */
  next(state: number, code: number): number {
    let node = state;
    for (;;) {
      const target = this.trie.child(node, code);
      if (target !== -1) return target;
      if (node === 0) return 0;
      node = this.fail[node] as number;
    }
  }
}

/** A pattern set's parts, built by PatternSet.steps. */
interface Built {
  readonly list: readonly Pattern<string>[];
  readonly anchored: TrieParts;
  readonly floating: TrieParts;
}

/** What a scan cost: trie steps and automaton transitions, plus outputs checked (a test uses it to prove linear time). */
export interface ScanStats {
  steps: number;
}

export class PatternSet<Tag extends string = string> {
  private readonly patterns: readonly Pattern<Tag>[];
  /** Per pattern: INFIX_START | INFIX_END | WHOLE_WORD, and its tag. */
  private readonly patternFlags: Uint8Array;
  private readonly patternTags: readonly Tag[];
  /** Patterns that start at a word boundary, walked from each boundary. */
  private readonly anchored: Trie;
  /** Patterns that may start inside a word. */
  private readonly floating: Automaton;
  /** Builds the set at once; see `steps` for a build that pauses. */
  constructor(patterns: Iterable<Pattern<Tag>>);
  /** @internal The result of `steps`. */
  constructor(patterns: Iterable<Pattern<Tag>>, built: Built);
  constructor(patterns: Iterable<Pattern<Tag>>, built?: Built) {
    const { list, anchored, floating } = built ?? drain(PatternSet.parts(patterns));
    this.patterns = list as readonly Pattern<Tag>[];
    this.patternFlags = Uint8Array.from(this.patterns, (p) => (p.infixStart ? INFIX_START : 0) | (p.infixEnd ? INFIX_END : 0) | (p.wholeWord === true ? WHOLE_WORD : 0) | (p.hashtag === true ? HASHTAG : 0));
    this.patternTags = this.patterns.map((p) => p.tag);
    this.anchored = new Trie(anchored);
    this.floating = new Automaton(new Trie(floating));
  }

  /**
   * The same build, pausing (`yield`) every few thousand characters, so a tab can spread it over
   * several tasks: drive it with `next()` and give the page a turn between steps.
   */
  static *steps<Tag extends string>(patterns: Iterable<Pattern<Tag>>): Generator<void, PatternSet<Tag>> {
    const built = yield* PatternSet.parts(patterns);
    return new PatternSet(built.list as Pattern<Tag>[], built);
  }

  private static *parts(patterns: Iterable<Pattern<string>>): Generator<void, Built> {
    const list = [...patterns].filter((p) => p.text.length > 0);
    // Packed patterns arrive sorted (see packed.ts): checking is linear, sorting is not.
    let sorted = true;
    for (let i = 1; i < list.length && sorted; i += 1) sorted = (list[i - 1] as Pattern).text <= (list[i] as Pattern).text;
    if (!sorted) list.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    yield;
    const part = (infix: boolean) => {
      const indexes = list.flatMap((p, index) => (p.infixStart === infix ? [index] : []));
      return trieParts(
        indexes.map((index) => (list[index] as Pattern).text),
        indexes,
      );
    };
    const anchored = yield* part(false);
    const floating = yield* part(true);
    return { list, anchored, floating };
  }

  get size(): number {
    return this.patterns.length;
  }

  /**
   * Every pattern occurrence that respects its word-boundary requirements, by end, then start, then pattern.
   * `stats`, if given, receives the scan's cost (see ScanStats).
   */
  scan(input: Normalised, stats?: ScanStats): Match<Tag>[] {
    const { text, softBreaks } = input;
    const length = text.length;
    /** Accepted matches as (start, end, pattern) triples. */
    const found: number[] = [];
    let steps = 0;
    const { patternFlags } = this;
    const { edgeStart, edgeChars, edgeTargets, rootTable, outputStart, outputPatterns } = this.anchored;
    const automaton = this.floating;
    const floats = automaton.trie.size > 1;
    const { table, classes, charClass, outputNode, fail } = automaton;
    const { depth, outputStart: floatingStart, outputPatterns: floatingPatterns } = automaton.trie;
    let previousBreak = true;
    let state = 0;
    let lastSegmentSpace = -1;
    for (let start = 0; start < length; start += 1) {
      const code = text.charCodeAt(start);
      const codeBreak = code === 32 || code === 37;
      const hardStart = previousBreak || codeBreak;
      previousBreak = codeBreak;

      // Floating patterns: one step of the small automaton (a space the segmenter put inside a run of an
      // unspaced script is stepped over, as patterns are stored without it).
      const segmentSpace = codeBreak && softBreaks[start] === SEGMENT_SPACE;
      if (segmentSpace) lastSegmentSpace = start;
      if (floats && !segmentSpace) {
        steps += 1;
        state = code < TABLE_LIMIT ? (table[state * classes + (charClass[code] as number)] as number) : automaton.next(state, code);
        for (let out = outputNode[state] as number; out > 0; out = outputNode[fail[out] as number] as number) {
          const end = start + 1;
          let from = end - (depth[out] as number);
          // Segment spaces stepped over inside the match: it starts that much further back.
          if (lastSegmentSpace >= from) from = startBefore(text, softBreaks, end, depth[out] as number);
          for (let k = floatingStart[out] as number; k < (floatingStart[out + 1] as number); k += 1) {
            steps += 1;
            const pattern = floatingPatterns[k] as number;
            const flags = patternFlags[pattern] as number;
            if ((flags & INFIX_END) === 0 && !(hardAt(text, end) || ((flags & WHOLE_WORD) === 0 && softBreaks[end] === 1))) continue;
            found.push(from, end, pattern);
          }
        }
      }

      // Anchored patterns: a trie walk from every word start and camel-case break.
      if (!hardStart && softBreaks[start] !== 1) continue;
      let node = code < TABLE_LIMIT ? (rootTable[code] as number) : this.anchored.child(0, code);
      steps += 1;
      for (let at = start + 1; node !== -1; at += 1) {
        for (let k = outputStart[node] as number; k < (outputStart[node + 1] as number); k += 1) {
          steps += 1;
          const pattern = outputPatterns[k] as number;
          const flags = patternFlags[pattern] as number;
          const soft = (flags & WHOLE_WORD) === 0;
          if (!hardStart && !soft) continue;
          if ((flags & HASHTAG) !== 0 && softBreaks[start] !== HASHTAG_START) continue;
          if ((flags & INFIX_END) === 0 && !(hardAt(text, at) || (soft && softBreaks[at] === 1))) continue;
          found.push(start, at, pattern);
        }
        if (at === length) break;
        let next = text.charCodeAt(at);
        if (next === 32 && softBreaks[at] === SEGMENT_SPACE && at + 1 < length) {
          at += 1;
          next = text.charCodeAt(at);
        }
        steps += 1;
        let low = edgeStart[node] as number;
        let high = (edgeStart[node + 1] as number) - 1;
        node = -1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const char = edgeChars[middle] as number;
          if (char === next) {
            node = edgeTargets[middle] as number;
            break;
          }
          if (char < next) low = middle + 1;
          else high = middle - 1;
        }
      }
    }
    if (stats !== undefined) stats.steps = steps;
    return this.toMatches(text, found);
  }

  /** Matches in text order: by end, then the longer first, then pattern order (the order of one automaton pass). */
  private toMatches(text: string, found: readonly number[]): Match<Tag>[] {
    const count = found.length / 3;
    if (count === 0) return [];
    const order = Array.from({ length: count }, (_, i) => i);
    order.sort((a, b) => (found[a * 3 + 1] as number) - (found[b * 3 + 1] as number) || (found[a * 3] as number) - (found[b * 3] as number) || (found[a * 3 + 2] as number) - (found[b * 3 + 2] as number));
    // The word each match starts in: spaces counted once, in step with the starts.
    const byStart = order.slice().sort((a, b) => (found[a * 3] as number) - (found[b * 3] as number));
    const words = new Int32Array(count);
    let word = 0;
    let position = 0;
    for (const m of byStart) {
      const start = found[m * 3] as number;
      for (; position < start; position += 1) if (text.charCodeAt(position) === 32) word += 1;
      words[m] = word;
    }
    return order.map((m) => ({ tag: this.patternTags[found[m * 3 + 2] as number] as Tag, start: found[m * 3] as number, end: found[m * 3 + 1] as number, word: words[m] as number }));
  }
}

/** Where a match of `length` pattern characters ending at `end` starts, segment spaces inside it not counted. */
function startBefore(text: string, softBreaks: Uint8Array, end: number, length: number): number {
  let from = end;
  for (let remaining = length; remaining > 0; ) {
    from -= 1;
    if (!(text.charCodeAt(from) === 32 && softBreaks[from] === SEGMENT_SPACE)) remaining -= 1;
  }
  return from;
}

/** A word boundary at `at`: the text's edges, or a space or `%` on either side. */
function hardAt(text: string, at: number): boolean {
  return at === 0 || at === text.length || isBreak(text.charCodeAt(at - 1)) || isBreak(text.charCodeAt(at));
}
