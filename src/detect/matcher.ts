/**
 * Aho–Corasick matching of every lexicon pattern in one left-to-right pass
 * over the normalised text. Time is linear in the text length plus the number
 * of matches; there is no backtracking, so no input can make it slow.
 *
 * The automaton is built with ordinary maps, then packed into typed arrays
 * (each node's edges sorted by character, found by binary search): it lives
 * in every tab's content script, where a map per node would cost megabytes.
 */
import type { Normalised } from './normalise.ts';

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
}

export interface Match<Tag extends string = string> {
  readonly tag: Tag;
  /** Offsets into the normalised text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** Index of the word the match starts in (words are space-separated). */
  readonly word: number;
}

export class PatternSet<Tag extends string = string> {
  private readonly patterns: readonly Pattern<Tag>[];
  /** Node n's edges are edgeChars/edgeTargets[edgeStart[n] .. edgeStart[n + 1]), sorted by char. */
  private readonly edgeStart: Int32Array;
  private readonly edgeChars: Uint16Array;
  private readonly edgeTargets: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest node along the fail chain (itself included) that ends a pattern, or -1. */
  private readonly outputNode: Int32Array;
  private readonly depth: Int32Array;
  /** Node n's patterns are outputPatterns[outputStart[n] .. outputStart[n + 1]). */
  private readonly outputStart: Int32Array;
  private readonly outputPatterns: Int32Array;
  private readonly rootTable = new Int32Array(ROOT_TABLE_SIZE).fill(-1);
  /** Transitions walked by the last scan; a test uses it to prove linear time. */
  lastScanSteps = 0;

  constructor(patterns: Iterable<Pattern<Tag>>) {
    // Build the trie from the patterns in sorted order: each pattern shares its longest common
    // prefix with the previous one, so the path to extend is always the previous pattern's,
    // and nodes come out in depth-first order with each node's children in character order.
    const list = [...patterns].filter((p) => p.text.length > 0).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    this.patterns = list;
    const nodeCapacity = list.reduce((sum, p) => sum + p.text.length, 0) + 1;
    const parent = new Int32Array(nodeCapacity);
    const char = new Uint16Array(nodeCapacity);
    const depth = new Int32Array(nodeCapacity);
    const endsAt = new Int32Array(list.length);
    const path: number[] = [0];
    let count = 1;
    let previous = '';
    for (const [index, pattern] of list.entries()) {
      const text = pattern.text;
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
    }

    // Pack the edges: children of a node, in creation (= character) order.
    this.edgeStart = new Int32Array(count + 1);
    const edgeStart = this.edgeStart;
    for (let node = 1; node < count; node += 1) edgeStart[(parent[node] as number) + 1] = (edgeStart[(parent[node] as number) + 1] as number) + 1;
    for (let node = 0; node < count; node += 1) edgeStart[node + 1] = (edgeStart[node + 1] as number) + (edgeStart[node] as number);
    this.edgeChars = new Uint16Array(count - 1);
    this.edgeTargets = new Int32Array(count - 1);
    const fill = this.edgeStart.slice(0, count);
    for (let node = 1; node < count; node += 1) {
      const slot = parent[node] as number;
      const at = fill[slot] as number;
      fill[slot] = at + 1;
      this.edgeChars[at] = char[node] as number;
      this.edgeTargets[at] = node;
    }
    this.depth = depth.slice(0, count);
    // Patterns are sorted, so those ending at one node are consecutive: outputs in pattern order.
    this.outputStart = new Int32Array(count + 1);
    const outputStart = this.outputStart;
    for (const node of endsAt) outputStart[node + 1] = (outputStart[node + 1] as number) + 1;
    for (let node = 0; node < count; node += 1) outputStart[node + 1] = (outputStart[node + 1] as number) + (outputStart[node] as number);
    this.outputPatterns = new Int32Array(list.length);
    const outFill = this.outputStart.slice(0, count);
    for (const [index, node] of endsAt.entries()) {
      const at = outFill[node] as number;
      outFill[node] = at + 1;
      this.outputPatterns[at] = index;
    }

    for (let e = this.edgeStart[0] as number; e < (this.edgeStart[1] as number); e += 1) {
      const code = this.edgeChars[e] as number;
      if (code < ROOT_TABLE_SIZE) this.rootTable[code] = this.edgeTargets[e] as number;
    }

    // Fail links, breadth first.
    this.fail = new Int32Array(count);
    this.outputNode = new Int32Array(count).fill(-1);
    const queue: number[] = [];
    for (let e = this.edgeStart[0] as number; e < (this.edgeStart[1] as number); e += 1) queue.push(this.edgeTargets[e] as number);
    for (const child of queue) if (this.hasOutput(child)) this.outputNode[child] = child;
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      for (let e = this.edgeStart[state] as number; e < (this.edgeStart[state + 1] as number); e += 1) {
        const code = this.edgeChars[e] as number;
        const child = this.edgeTargets[e] as number;
        let fail = this.fail[state] as number;
        let target = this.step(fail, code);
        while (target === -1 && fail !== 0) {
          fail = this.fail[fail] as number;
          target = this.step(fail, code);
        }
        this.fail[child] = target !== -1 && target !== child ? target : 0;
        this.outputNode[child] = this.hasOutput(child) ? child : (this.outputNode[this.fail[child] as number] as number);
        queue.push(child);
      }
    }
  }

  get size(): number {
    return this.patterns.length;
  }

  private hasOutput(node: number): boolean {
    return (this.outputStart[node + 1] as number) > (this.outputStart[node] as number);
  }

  /** The child of `node` on `code`, or -1. */
  private step(node: number, code: number): number {
    // The root is left and re-entered at almost every character: a direct table for its Latin
    // range saves the binary search there.
    if (node === 0 && code < ROOT_TABLE_SIZE) return this.rootTable[code] as number;
    let low = this.edgeStart[node] as number;
    let high = (this.edgeStart[node + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const char = this.edgeChars[middle] as number;
      if (char === code) return this.edgeTargets[middle] as number;
      if (char < code) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** Every pattern occurrence that respects its word-boundary requirements. */
  scan(input: Normalised): Match<Tag>[] {
    const { text, softBreaks } = input;
    const length = text.length;
    const matches: Match<Tag>[] = [];
    const { fail, outputNode, depth, outputStart, outputPatterns, patterns } = this;
    const hardBoundary = (at: number) => at <= 0 || at >= length || !isWordChar(text.charCodeAt(at - 1)) || !isWordChar(text.charCodeAt(at));
    let state = 0;
    let word = 0;
    let steps = 0;
    // Start index of each word so far, to find the word a match starts in.
    const wordStarts: number[] = [0];
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 32) {
        word += 1;
        wordStarts.push(i + 1);
      }
      let target = this.step(state, code);
      steps += 1;
      while (target === -1 && state !== 0) {
        state = fail[state] as number;
        target = this.step(state, code);
        steps += 1;
      }
      state = target === -1 ? 0 : target;
      for (let out = outputNode[state] as number; out > 0; out = outputNode[fail[out] as number] as number) {
        const end = i + 1;
        const start = end - (depth[out] as number);
        for (let k = outputStart[out] as number; k < (outputStart[out + 1] as number); k += 1) {
          steps += 1;
          const pattern = patterns[outputPatterns[k] as number] as Pattern<Tag>;
          const soft = pattern.wholeWord !== true;
          if (!pattern.infixStart && !(hardBoundary(start) || (soft && softBreaks[start] === 1))) continue;
          if (!pattern.infixEnd && !(hardBoundary(end) || (soft && softBreaks[end] === 1))) continue;
          matches.push({ tag: pattern.tag, start, end, word: wordAt(wordStarts, start, word) });
        }
      }
    }
    this.lastScanSteps = steps;
    return matches;
  }
}

const ROOT_TABLE_SIZE = 0x500;

/** Letters and digits: anything but the space and `%` words of the normalised text. */
function isWordChar(code: number): boolean {
  return code !== 32 && code !== 37;
}

function wordAt(wordStarts: readonly number[], start: number, current: number): number {
  let word = current;
  while (word > 0 && (wordStarts[word] as number) > start) word -= 1;
  return word;
}
