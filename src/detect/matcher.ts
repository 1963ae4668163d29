/**
 * Aho–Corasick matching of every lexicon pattern in one left-to-right pass
 * over the normalised text. Time is linear in the text length plus the number
 * of matches; there is no backtracking, so no input can make it slow.
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

interface Node {
  readonly next: Map<number, number>;
  fail: number;
  /** Patterns ending here. */
  readonly outputs: number[];
  /** Nearest node along the fail chain that has outputs, or -1. */
  outputLink: number;
  depth: number;
}

export class PatternSet<Tag extends string = string> {
  private readonly nodes: Node[] = [newNode(0)];
  private readonly patterns: Pattern<Tag>[] = [];
  /** Transitions walked by the last scan; a test uses it to prove linear time. */
  lastScanSteps = 0;

  constructor(patterns: Iterable<Pattern<Tag>>) {
    for (const pattern of patterns) this.add(pattern);
    this.link();
  }

  get size(): number {
    return this.patterns.length;
  }

  private add(pattern: Pattern<Tag>): void {
    if (pattern.text.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.text.length; i += 1) {
      const code = pattern.text.charCodeAt(i);
      let next = (this.nodes[state] as Node).next.get(code);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push(newNode(i + 1));
        (this.nodes[state] as Node).next.set(code, next);
      }
      state = next;
    }
    (this.nodes[state] as Node).outputs.push(this.patterns.length);
    this.patterns.push(pattern);
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of (this.nodes[0] as Node).next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      const node = this.nodes[state] as Node;
      for (const [code, child] of node.next) {
        let fail = node.fail;
        while (fail !== 0 && !(this.nodes[fail] as Node).next.has(code)) fail = (this.nodes[fail] as Node).fail;
        const target = (this.nodes[fail] as Node).next.get(code);
        const childNode = this.nodes[child] as Node;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        const failNode = this.nodes[childNode.fail] as Node;
        childNode.outputLink = failNode.outputs.length > 0 ? childNode.fail : failNode.outputLink;
        queue.push(child);
      }
    }
  }

  /** Every pattern occurrence that respects its word-boundary requirements. */
  scan(input: Normalised): Match<Tag>[] {
    const { text, softBreaks } = input;
    const matches: Match<Tag>[] = [];
    const isHardBoundary = (at: number) => at <= 0 || at >= text.length || !isWordChar(text.charCodeAt(at - 1)) || !isWordChar(text.charCodeAt(at));
    const isBoundary = (at: number) => isHardBoundary(at) || softBreaks[at] === 1;
    let state = 0;
    let word = 0;
    let steps = 0;
    // Start index of each recent word, to find the word a match starts in.
    const wordStarts: number[] = [0];
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 32) {
        word += 1;
        wordStarts.push(i + 1);
      }
      let next = (this.nodes[state] as Node).next.get(code);
      while (next === undefined && state !== 0) {
        state = (this.nodes[state] as Node).fail;
        steps += 1;
        next = (this.nodes[state] as Node).next.get(code);
      }
      state = next ?? 0;
      steps += 1;
      for (let out = (this.nodes[state] as Node).outputs.length > 0 ? state : (this.nodes[state] as Node).outputLink; out > 0; out = (this.nodes[out] as Node).outputLink) {
        const node = this.nodes[out] as Node;
        const end = i + 1;
        const start = end - node.depth;
        for (const index of node.outputs) {
          steps += 1;
          const pattern = this.patterns[index] as Pattern<Tag>;
          const boundary = pattern.wholeWord === true ? isHardBoundary : isBoundary;
          if (!pattern.infixStart && !boundary(start)) continue;
          if (!pattern.infixEnd && !boundary(end)) continue;
          matches.push({ tag: pattern.tag, start, end, word: wordAt(wordStarts, start, word) });
        }
      }
    }
    this.lastScanSteps = steps;
    return matches;
  }
}

function newNode(depth: number): Node {
  return { next: new Map(), fail: 0, outputs: [], outputLink: -1, depth };
}

/** Letters and digits: anything but the space and `%` words of the normalised text. */
function isWordChar(code: number): boolean {
  return code !== 32 && code !== 37;
}

function wordAt(wordStarts: readonly number[], start: number, current: number): number {
  let word = current;
  while (word > 0 && (wordStarts[word] as number) > start) word -= 1;
  return word;
}
