/**
 * The draft classifier: text → categories and evidence spans.
 *
 * All lexicons (every language at once, since posts mix languages) are
 * compiled into one pattern set; one pass finds every tagged term, then the
 * category rules below combine nearby terms into findings.
 */
import en from './lexicons/en.json';
import fr from './lexicons/fr.json';
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

type Tag =
  | 'leak.strong'
  | 'leak.verb'
  | 'leak.object'
  | 'leak.share'
  | 'leak.blocker'
  | 'leak.context'
  | 'entity';

const TAGS: ReadonlySet<string> = new Set<Tag>([
  'leak.strong',
  'leak.verb',
  'leak.object',
  'leak.share',
  'leak.blocker',
  'leak.context',
  'entity',
]);

export type Lexicon = Readonly<Record<string, readonly string[]>>;

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en, fr };

/** How many words apart two terms may be and still count as one statement. */
const PAIR_DISTANCE = 8;
/** How many words before a term a blocker ("don't share") reaches. */
const BLOCKER_REACH = 6;

interface CategoryRule {
  readonly category: Category;
  /** Tags that are enough on their own. */
  readonly strong: readonly Tag[];
  /** Pairs of tags that count when they occur close together. */
  readonly pairs: readonly (readonly [Tag, Tag])[];
  /** Tags that cancel a nearby pair (a water leak, a phone leak). */
  readonly context: readonly Tag[];
  /** Tags that cancel any nearby finding, strong ones included ("don't share #MacronLeaks"). */
  readonly blockers: readonly Tag[];
}

const RULES: readonly CategoryRule[] = [
  {
    category: 'leak',
    strong: ['leak.strong'],
    pairs: [
      ['leak.verb', 'leak.object'],
      ['leak.verb', 'entity'],
      ['leak.object', 'leak.share'],
    ],
    context: ['leak.context'],
    blockers: ['leak.blocker'],
  },
];

export function compilePatterns(lexicons: Readonly<Record<string, Lexicon>>): Pattern<Tag>[] {
  const patterns: Pattern<Tag>[] = [];
  const seen = new Set<string>();
  for (const [language, lexicon] of Object.entries(lexicons)) {
    for (const [tag, entries] of Object.entries(lexicon)) {
      if (!TAGS.has(tag)) throw new Error(`lexicon ${language}: unknown tag "${tag}"`);
      for (const entry of entries) {
        const infixStart = entry.startsWith('*');
        const infixEnd = entry.endsWith('*');
        const text = normalise(entry.replace(/^\*|\*$/g, '')).text;
        if (text.length === 0) throw new Error(`lexicon ${language}: "${entry}" normalises to nothing`);
        // Multi-word terms also match written as one word, as in hashtags (#EnMarche).
        const variants = text.includes(' ') ? [text, text.replaceAll(' ', '')] : [text];
        for (const variant of variants) {
          const key = `${tag}|${variant}|${infixStart}|${infixEnd}`;
          if (seen.has(key)) continue;
          seen.add(key);
          patterns.push({ text: variant, tag: tag as Tag, infixStart, infixEnd });
        }
      }
    }
  }
  return patterns;
}

let defaultSet: PatternSet<Tag> | undefined;

function patternSet(): PatternSet<Tag> {
  defaultSet ??= new PatternSet(compilePatterns(LEXICONS));
  return defaultSet;
}

export function classify(text: string): Classification {
  const normalised = normalise(text);
  const matches = patternSet().scan(normalised);
  const evidence: Evidence[] = [];
  for (const rule of RULES) {
    for (const [start, end] of findings(rule, matches)) {
      evidence.push(toEvidence(rule.category, text, normalised, start, end));
    }
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  const categories = CATEGORIES.filter((category) => evidence.some((e) => e.category === category));
  return { categories, evidence: dedupe(evidence) };
}

/** Normalised-text spans of one category's findings. */
function findings(rule: CategoryRule, matches: readonly Match<Tag>[]): [number, number][] {
  const byTag = (tags: readonly Tag[]) => matches.filter((m) => tags.includes(m.tag));
  const blockers = byTag(rule.blockers);
  const context = byTag(rule.context);
  const blocked = (m: Match<Tag>) => blockers.some((b) => b.word <= m.word && m.word - b.word <= BLOCKER_REACH);
  const spans: [number, number][] = [];
  for (const m of byTag(rule.strong)) {
    if (!blocked(m)) spans.push([m.start, m.end]);
  }
  for (const [first, second] of rule.pairs) {
    const seconds = byTag([second]);
    for (const a of byTag([first])) {
      const b = seconds.find((candidate) => Math.abs(candidate.word - a.word) <= PAIR_DISTANCE && overlapsNot(a, candidate));
      if (b === undefined || blocked(a) || blocked(b)) continue;
      if (context.some((c) => Math.abs(c.word - a.word) <= PAIR_DISTANCE && overlapsNot(c, a))) continue;
      spans.push([Math.min(a.start, b.start), Math.max(a.end, b.end)]);
    }
  }
  return spans;
}

function overlapsNot(a: Match<Tag>, b: Match<Tag>): boolean {
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
          other !== e &&
          other.category === e.category &&
          other.start <= e.start &&
          e.end <= other.end &&
          (other.start !== e.start || other.end !== e.end || otherIndex < index),
      ),
  );
}
