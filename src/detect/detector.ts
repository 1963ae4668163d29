/**
 * The draft classifier's engine: text → categories and evidence spans.
 *
 * Every language's lexicon is compiled into one pattern set (posts mix
 * languages), matched in one pass over the normalised text. The category
 * rules below then combine nearby tagged terms into findings: a term strong
 * enough alone, or two kinds of term close together (a leak verb near
 * "emails", a poll word near a figure), unless a context term says it is
 * about something else (a water leak) or a blocker disowns it ("don't share").
 *
 * This module holds no lexicon: the content script receives the compiled
 * patterns from the background (see packPatterns) so it stays small, and
 * classify.ts builds the default detector from the bundled lexicons for Node.
 */
import { type Match, type Pattern, PatternSet } from './matcher.ts';
import { type Normalised, normalise } from './normalise.ts';

export const CATEGORIES = ['leak', 'poll', 'campaign'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Evidence {
  readonly category: Category;
  /** UTF-16 offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The original text of the span. */
  readonly text: string;
}

export interface Classification {
  readonly categories: readonly Category[];
  readonly evidence: readonly Evidence[];
}

/** Every tag a lexicon may use; see docs/detector.md for what each means. */
export const TAGS = [
  'entity',
  'election',
  'leak.strong',
  'leak.verb',
  'leak.object',
  'leak.share',
  'leak.context',
  'leak.blocker',
  'poll.strong',
  'poll.term',
  'poll.leader',
  'poll.coded',
  'poll.repeat',
  'poll.context',
  'figure.unit',
  'figure.prep',
  'figure.seats',
  'time.unit',
  'campaign.strong',
  'campaign.call',
  'campaign.material',
  'campaign.context',
] as const;
export type Tag = (typeof TAGS)[number];
/** Tags produced by the classifier itself rather than by lexicons. */
type DerivedTag = 'figure' | 'figure.weak' | 'number' | 'poll.repeated' | 'poll.list';
type AnyTag = Tag | DerivedTag;

const TAG_SET: ReadonlySet<string> = new Set(TAGS);
const TAG_BITS = new Map<string, number>(TAGS.map((tag, index) => [tag, 1 << index]));
/** Lexicon tags as bits (derived tags never need one). */
function tagBit(tag: AnyTag): number {
  return TAG_BITS.get(tag) ?? 0;
}
/** Tags that only count right before or after a number. */
const POSITIONAL_TAGS: ReadonlySet<string> = new Set(['figure.unit', 'figure.prep', 'figure.seats', 'time.unit']);

/** How many words apart two terms may be and still count as one statement. */
const PAIR_DISTANCE = 8;
/** How many words before or after a term a blocker ("don't share") reaches. */
const BLOCKER_REACH = 6;
/** Drafts are classified in one pass up to this length; longer ones go through classifyInChunks. */
export const MAX_PASS_LENGTH = 200_000;

interface CategoryRule {
  readonly category: Category;
  /** Tags that are enough on their own. */
  readonly strong: readonly AnyTag[];
  /** Pairs of tags that count when they occur close together; one of the third tags, if given, must be near too. */
  readonly pairs: readonly (readonly [AnyTag, AnyTag] | readonly [AnyTag, AnyTag, readonly AnyTag[]])[];
  /** Tags that cancel a nearby pair: the words are about something else (a water leak, a polling station). */
  readonly context: readonly AnyTag[];
  /** Tags that cancel any finding right after them, strong ones included ("don't share #MacronLeaks"). */
  readonly blockers: readonly AnyTag[];
}

const RULES: readonly CategoryRule[] = [
  {
    category: 'leak',
    strong: ['leak.strong'],
    pairs: [
      ['leak.verb', 'leak.object'],
      ['leak.verb', 'entity'],
      ['leak.verb', 'election'],
      ['leak.object', 'leak.share'],
    ],
    context: ['leak.context'],
    blockers: ['leak.blocker'],
  },
  {
    category: 'poll',
    strong: ['poll.strong', 'poll.repeated', 'poll.list'],
    pairs: [
      // A survey figure alone may be about tea or cats: it needs a party, candidate or election near.
      ['poll.term', 'figure', ['entity', 'election']],
      ['poll.term', 'poll.leader', ['entity', 'election']],
      ['entity', 'figure'],
      ['entity', 'poll.leader'],
      ['poll.coded', 'figure'],
      // A number after a bare preposition ("est à 24", "nos 12") only counts next to poll words.
      ['poll.term', 'figure.weak'],
      ['poll.coded', 'figure.weak'],
    ],
    context: ['poll.context'],
    blockers: [],
  },
  {
    category: 'campaign',
    strong: ['campaign.strong'],
    pairs: [
      ['campaign.call', 'entity'],
      ['campaign.material', 'entity'],
    ],
    context: ['campaign.context'],
    blockers: [],
  },
];

export type Lexicon = Readonly<Record<string, readonly string[]>>;

export function compilePatterns(lexicons: Readonly<Record<string, Lexicon>>): Pattern<Tag>[] {
  const patterns: Pattern<Tag>[] = [];
  const seen = new Set<string>();
  for (const [language, lexicon] of Object.entries(lexicons)) {
    for (const [tag, entries] of Object.entries(lexicon)) {
      if (!TAG_SET.has(tag)) throw new Error(`lexicon ${language}: unknown tag "${tag}"`);
      for (const entry of entries) {
        const infixStart = entry.startsWith('*');
        const infixEnd = entry.endsWith('*');
        // "#EnMarche" in a lexicon means that exact hashtag, not the start of #EnMarcheLeaks.
        const wholeWord = entry.startsWith('#');
        const text = normalise(entry.replace(/^\*|\*$/g, '')).text;
        if (text.length === 0) throw new Error(`lexicon ${language}: "${entry}" normalises to nothing`);
        // One letter would match every word that folds to it (Dutch "BBB" once matched Russian "в");
        // only the tags that are read right next to a number ("8 h") may be that short.
        if (text.length === 1 && !POSITIONAL_TAGS.has(tag) && !/[0-9%]/.test(text)) {
          throw new Error(`lexicon ${language}: "${entry}" normalises to the single letter "${text}"`);
        }
        // Multi-word terms also match written as one word, as in hashtags (#EnMarche).
        const variants = text.includes(' ') ? [text, text.replaceAll(' ', '')] : [text];
        for (const variant of variants) {
          const key = `${tag}|${variant}|${infixStart}|${infixEnd}|${wholeWord}`;
          if (seen.has(key)) continue;
          seen.add(key);
          patterns.push({ text: variant, tag: tag as Tag, infixStart, infixEnd, wholeWord });
        }
      }
    }
  }
  return patterns;
}

/**
 * Patterns as one compact string, for the background to send to content
 * scripts: one line per pattern, a tag letter, a flag digit, then the text.
 */
export function packPatterns(patterns: readonly Pattern<Tag>[]): string {
  return patterns
    .map((p) => {
      const flags = (p.infixStart ? 1 : 0) | (p.infixEnd ? 2 : 0) | (p.wholeWord === true ? 4 : 0);
      return `${String.fromCharCode(65 + TAGS.indexOf(p.tag))}${flags}${p.text}`;
    })
    .join('\n');
}

export function unpackPatterns(packed: string): Pattern<Tag>[] {
  return packed.split('\n').map((line, index) => {
    const tag = TAGS[line.charCodeAt(0) - 65];
    const flags = line.charCodeAt(1) - 48;
    if (tag === undefined || !(flags >= 0 && flags <= 7) || line.length < 3) throw new Error(`packed patterns: bad line ${index + 1}`);
    return { tag, text: line.slice(2), infixStart: (flags & 1) !== 0, infixEnd: (flags & 2) !== 0, wholeWord: (flags & 4) !== 0 };
  });
}

export class Detector {
  private readonly patterns: PatternSet<Tag>;

  constructor(patterns: Iterable<Pattern<Tag>>) {
    this.patterns = new PatternSet(patterns);
  }

  classify(text: string): Classification {
    const normalised = normalise(text.length > MAX_PASS_LENGTH ? text.slice(0, MAX_PASS_LENGTH) : text);
    const words = splitWords(normalised.text);
    const matches: Match<AnyTag>[] = this.patterns.scan(normalised);
    const numbers = figures(words, matches);
    matches.push(...numbers, ...repetitions(words, matches));
    const index = new TagIndex(matches);
    for (const list of figureLists(numbers, index)) index.add(list);
    const evidence: Evidence[] = [];
    for (const rule of RULES) {
      for (const [start, end] of findings(rule, index)) evidence.push(toEvidence(rule.category, text, normalised, start, end));
    }
    evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    const kept = dedupe(evidence);
    return { categories: CATEGORIES.filter((category) => kept.some((e) => e.category === category)), evidence: kept };
  }

  /** Automaton transitions walked by the last classification (for the linear-time test). */
  get lastScanSteps(): number {
    return this.patterns.lastScanSteps;
  }
}

/** A word of the normalised text; its text is sliced only when asked for (most never are). */
class Word {
  private cached: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    this.cached ??= this.source.slice(this.start, this.end);
    return this.cached;
  }

  get startsWithDigit(): boolean {
    const code = this.source.charCodeAt(this.start);
    return code >= 48 && code <= 57;
  }
}

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let start = 0;
  for (let i = text.indexOf(' '); ; i = text.indexOf(' ', start)) {
    const end = i === -1 ? text.length : i;
    if (end > start) words.push(new Word(text, start, end));
    if (i === -1) return words;
    start = i + 1;
  }
}

/**
 * Figures that look like poll numbers: "52 %", "52 percent", "35 seats", or a
 * number right after "at"/"à"/"bei" ("the Dutch at 52") that is not a clock
 * time ("at 8 pm").
 */
function figures(words: readonly Word[], matches: readonly Match<AnyTag>[]): Match<AnyTag>[] {
  // Every word a match covers carries its tag (one bit per tag), so "N-VA op 27" sees the party right before "op".
  const tagsAt = new Int32Array(words.length);
  for (const m of matches) {
    let last = m.word;
    while (last + 1 < words.length && (words[last + 1] as Word).start < m.end) last += 1;
    for (let w = m.word; w <= last; w += 1) tagsAt[w] = (tagsAt[w] as number) | tagBit(m.tag);
  }
  const has = (index: number, tag: AnyTag) => index >= 0 && index < words.length && ((tagsAt[index] as number) & tagBit(tag)) !== 0;
  const result: Match<AnyTag>[] = [];
  for (const [index, word] of words.entries()) {
    if (!word.startsWithDigit || !/^\d{1,5}(\.\d{1,2})?$/.test(word.text)) continue;
    const value = Number(word.text);
    if (value > 100) {
      // Vote counts ("Babiš 412, Pavel 389") right after a name, never years; they need poll words near.
      const isYear = value >= 1900 && value <= 2100;
      const afterName = has(index - 1, 'entity') && !has(index - 2, 'campaign.call');
      if (afterName && !isYear && !has(index + 1, 'time.unit')) result.push({ tag: 'figure.weak', start: word.start, end: word.end, word: index });
      continue;
    }
    const next = words[index + 1];
    const unit = next !== undefined && (next.text === '%' || has(index + 1, 'figure.unit'));
    const seats = next !== undefined && has(index + 1, 'figure.seats');
    // "14:30" arrives as "14 30": an hour followed by two-digit minutes is a clock time.
    const minutes = next !== undefined && /^[0-5]\d$/.test(next.text) && value <= 24 && next.start === word.end + 1;
    const previous = words[index - 1];
    const isMinutes = previous !== undefined && /^[0-5]\d$/.test(word.text) && /^\d{1,2}$/.test(previous.text) && Number(previous.text) <= 24;
    const clock = has(index + 1, 'time.unit') || minutes || isMinutes;
    // A bare number counts when it follows a name or a code word, directly or through one
    // preposition: "Macron 65", "Clinton +3", "the Dutch at 52", "N-VA op 27" — but not a time
    // or an age ("at 8 pm", "a 14 year old"), nor a ballot number after a call ("vote Haddad 13").
    const named = (at: number) => has(at, 'entity') || has(at, 'poll.coded');
    const prep = has(index - 1, 'figure.prep');
    const anchor = named(index - 1) ? index - 1 : prep && named(index - 2) ? index - 2 : -1;
    const afterName = anchor >= 0 && !clock && !has(anchor - 1, 'campaign.call');
    if ((unit || afterName) && value <= 100) {
      result.push({ tag: 'figure', start: word.start, end: unit && next !== undefined ? next.end : word.end, word: index });
    } else if (seats && next !== undefined) {
      result.push({ tag: 'figure', start: word.start, end: next.end, word: index });
    } else if (!clock) {
      // Any other small number: weak after a preposition, otherwise only counted in lists.
      result.push({ tag: prep ? 'figure.weak' : 'number', start: word.start, end: word.end, word: index });
    }
  }
  return result;
}

/**
 * Coded result lists posted during silences ("Pomidorowa po 41, ogórkowa po 36,
 * żurek po 10 #wybory", "Gula 20, röda 30, blå 19"): at least three numbers of
 * at most 100 within a dozen words, with a party, election or poll word in reach.
 */
function figureLists(numbers: readonly Match<AnyTag>[], index: TagIndex): Match<AnyTag>[] {
  const anchors: AnyTag[] = ['entity', 'election', 'poll.term', 'poll.coded'];
  const result: Match<AnyTag>[] = [];
  for (let i = 0; i + 2 < numbers.length; i += 1) {
    const first = numbers[i] as Match<AnyTag>;
    const third = numbers[i + 2] as Match<AnyTag>;
    if (third.word - first.word > 12) continue;
    const middle = (first.word + third.word) >> 1;
    const span = (third.word - first.word + 1) >> 1;
    if (!index.any(anchors, middle, span + 20)) continue;
    // Opening hours, turnout, weather, scores: the same numbers are about something else.
    if (index.any(['poll.context'], middle, span + PAIR_DISTANCE)) continue;
    result.push({ tag: 'poll.list', start: first.start, end: third.end, word: first.word });
    i += 2;
  }
  return result;
}

/**
 * #RadioLondres-style coded results: "… the Dutch at 52. I repeat, the Dutch
 * at 52": a repeat marker followed by at least three words that also came,
 * in order, just before it.
 */
function repetitions(words: readonly Word[], matches: readonly Match<AnyTag>[]): Match<AnyTag>[] {
  const result: Match<AnyTag>[] = [];
  for (const marker of matches) {
    if (marker.tag !== 'poll.repeat') continue;
    let after = marker.word;
    while (after < words.length && (words[after] as Word).end <= marker.end) after += 1;
    const repeated = words.slice(after, after + 3).map((w) => w.text);
    if (repeated.length < 3) continue;
    const before = words.slice(Math.max(0, marker.word - 40), marker.word).map((w) => w.text);
    const found = before.some((_, i) => repeated.every((w, k) => before[i + k] === w));
    if (found) result.push({ tag: 'poll.repeated', start: marker.start, end: (words[after + 2] as Word).end, word: marker.word });
  }
  return result;
}

/** Matches grouped by tag, each group sorted by word, so "is there one within N words" is a binary search. */
class TagIndex {
  private readonly groups = new Map<AnyTag, Match<AnyTag>[]>();

  constructor(matches: readonly Match<AnyTag>[]) {
    for (const m of matches) {
      const group = this.groups.get(m.tag);
      if (group === undefined) this.groups.set(m.tag, [m]);
      else group.push(m);
    }
    for (const group of this.groups.values()) group.sort((a, b) => a.word - b.word);
  }

  get(tag: AnyTag): readonly Match<AnyTag>[] {
    return this.groups.get(tag) ?? [];
  }

  /** The first match (by word) of these tags within `distance` words of `word` that `accept` takes. */
  find(tags: readonly AnyTag[], word: number, distance: number, accept?: (m: Match<AnyTag>) => boolean): Match<AnyTag> | undefined {
    for (const tag of tags) {
      const group = this.groups.get(tag);
      if (group === undefined) continue;
      let low = 0;
      let high = group.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((group[middle] as Match<AnyTag>).word < word - distance) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < group.length; i += 1) {
        const m = group[i] as Match<AnyTag>;
        if (m.word > word + distance) break;
        if (accept === undefined || accept(m)) return m;
      }
    }
    return undefined;
  }

  /** Like find, but the closest match to `word` (the earlier one on a tie): keeps evidence spans tight. */
  nearest(tag: AnyTag, word: number, distance: number, accept: (m: Match<AnyTag>) => boolean): Match<AnyTag> | undefined {
    let best: Match<AnyTag> | undefined;
    this.find([tag], word, distance, (m) => {
      if (accept(m) && (best === undefined || Math.abs(m.word - word) < Math.abs(best.word - word))) best = m;
      return false;
    });
    return best;
  }

  any(tags: readonly AnyTag[], word: number, distance: number, accept?: (m: Match<AnyTag>) => boolean): boolean {
    return this.find(tags, word, distance, accept) !== undefined;
  }

  add(m: Match<AnyTag>): void {
    const group = this.groups.get(m.tag);
    if (group === undefined) this.groups.set(m.tag, [m]);
    else {
      group.push(m);
      group.sort((a, b) => a.word - b.word);
    }
  }
}

/** Normalised-text spans of one category's findings. */
function findings(rule: CategoryRule, index: TagIndex): [number, number][] {
  // "Don't share the #MacronLeaks" and "the stolen mails: do not share them" alike.
  const blocked = (m: Match<AnyTag>) => index.any(rule.blockers, m.word, BLOCKER_REACH);
  const spans: [number, number][] = [];
  for (const tag of rule.strong) {
    for (const m of index.get(tag)) if (!blocked(m)) spans.push([m.start, m.end]);
  }
  for (const [first, second, third] of rule.pairs) {
    if (index.get(second).length === 0 || (third !== undefined && third.every((tag) => index.get(tag).length === 0))) continue;
    for (const a of index.get(first)) {
      const b = index.nearest(second, a.word, PAIR_DISTANCE, (candidate) => disjoint(a, candidate));
      if (b === undefined || blocked(a) || blocked(b)) continue;
      const pair = b;
      const nearPair = (tags: readonly AnyTag[], accept?: (m: Match<AnyTag>) => boolean) =>
        index.any(tags, a.word, PAIR_DISTANCE, accept) || index.any(tags, pair.word, PAIR_DISTANCE, accept);
      if (third !== undefined && !nearPair(third, (c) => disjoint(c, a) && disjoint(c, pair))) continue;
      // Context may overlap the pair itself: "gas leak" is both a leak verb and its context.
      if (nearPair(rule.context)) continue;
      spans.push([Math.min(a.start, pair.start), Math.max(a.end, pair.end)]);
    }
  }
  return spans;
}

function disjoint(a: Match<AnyTag>, b: Match<AnyTag>): boolean {
  return a.end <= b.start || b.end <= a.start;
}

/** Maps a normalised span back to the original text, widened to whole words (and a leading #). */
function toEvidence(category: Category, original: string, normalised: Normalised, start: number, end: number): Evidence {
  const { text } = normalised;
  let from = start;
  while (from > 0 && text.charCodeAt(from - 1) !== 32) from -= 1;
  let to = end;
  while (to < text.length && text.charCodeAt(to) !== 32) to += 1;
  let originalStart = normalised.starts[from] as number;
  const originalEnd = normalised.ends[to - 1] as number;
  if (originalStart > 0 && original[originalStart - 1] === '#') originalStart -= 1;
  return { category, start: originalStart, end: originalEnd, text: original.slice(originalStart, originalEnd) };
}

/** Drops evidence spans contained in another span of the same category. */
function dedupe(evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter(
    (e, index) =>
      !evidence.some(
        (other, otherIndex) =>
          other.category === e.category &&
          other.start <= e.start &&
          e.end <= other.end &&
          (other.start !== e.start || other.end !== e.end || otherIndex < index),
      ),
  );
}
