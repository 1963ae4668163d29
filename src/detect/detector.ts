/**
 * The draft classifier's engine: text → categories and evidence spans.
 *
 * Every language's lexicon is compiled into one pattern set (posts mix
 * languages), matched in one pass over the normalised text. Signals derive
 * more tags from the words and matches (poll figures, coded lists, repeated
 * messages); the rules (rules.ts) then combine nearby tagged terms into
 * findings, mapped back to the original text as evidence (evidence.ts).
 *
 * This module holds no lexicon: the content script receives the compiled
 * patterns from the background (packed.ts) so it stays small, and
 * classify.ts builds the default detector from the bundled lexicons for Node.
 */
import { CATEGORIES, type Classification, type Evidence, type WeakEvidence } from './categories.ts';
import { dedupe, toEvidence } from './evidence.ts';
import { type Pattern, PatternSet } from './matcher.ts';
import { normalise } from './normalise.ts';
import { unpackPatterns } from './packed.ts';
import { RULES, findings } from './rules.ts';
import { figureLists } from './signals/figure-lists.ts';
import { figures, namedFigures } from './signals/figures.ts';
import { codedResults } from './signals/coded-results.ts';
import { campaignHashtags } from './signals/hashtags.ts';
import { namedPairs } from './signals/pairs.ts';
import { splits } from './signals/splits.ts';
import { repetitions } from './signals/repetitions.ts';
import { CAPITAL, LOWER, WrittenWords } from './signals/names.ts';
import { negationBlockers } from './signals/negation.ts';
import { pastYears } from './signals/past-results.ts';
import { sideFigures } from './signals/sides.ts';
import { slogans } from './signals/slogans.ts';
import { splitCalls } from './signals/split-calls.ts';
import { callTargets } from './signals/targets.ts';
import { TagIndex, type TagMatch, wordTags } from './tag-index.ts';
import type { Tag } from './tags.ts';
import { type Word, splitWords } from './words.ts';

export { CATEGORIES, type Category, type Classification, type Evidence, WEAK_SIGNALS, type WeakEvidence, type WeakSignal } from './categories.ts';
export { packPatterns, unpackPatterns } from './packed.ts';
export { TAGS, type Tag } from './tags.ts';

/** Drafts are classified in one pass up to this length; longer ones go through classifyInChunks. */
export const MAX_PASS_LENGTH = 200_000;

export class Detector {
  private readonly patterns: PatternSet<Tag>;

  constructor(patterns: Iterable<Pattern<Tag>> | PatternSet<Tag>) {
    this.patterns = patterns instanceof PatternSet ? patterns : new PatternSet(patterns);
  }

  /**
   * A detector from packed patterns (see packed.ts), built a slice at a time with `pause()` awaited
   * between slices, so building even the largest selection never makes a long task in a tab.
   */
  static async fromPacked(packed: string, pause: () => Promise<void>): Promise<Detector> {
    const patterns = unpackPatterns(packed);
    await pause();
    const steps = PatternSet.steps(patterns);
    for (;;) {
      const step = steps.next();
      if (step.done === true) return new Detector(step.value);
      await pause();
    }
  }

  classify(text: string): Classification {
    const normalised = normalise(text.length > MAX_PASS_LENGTH ? text.slice(0, MAX_PASS_LENGTH) : text);
    const words = splitWords(normalised.text);
    const scanned: TagMatch[] = this.patterns.scan(normalised);
    const tags = wordTags(words, scanned);
    const written = new WrittenWords(words, normalised, text, tags);
    // A two-letter party name that is also a word ("LA", "NA", "EL") only with a capital: "vota la pizza", "votem na minha foto".
    const matches = scanned.filter((m) => m.tag !== 'entity.ambiguous' || m.end - m.start > 2 || !LOWER.test(written.written(m.word)) || CAPITAL.test(written.written(m.word)));
    const numbers = figures(words, tags, written);
    matches.push(...splitCalls(words, tags, written, this.patterns));
    const targets = callTargets(words, normalised, written, matches, tags);
    const clauses = written.clauses();
    matches.push(...numbers, ...repetitions(words, matches), ...splits(words, normalised, text, tags), ...campaignHashtags(words, normalised, matches), ...targets.names, ...targets.sides, ...targets.hashtags, ...slogans(words, tags, written, clauses), ...negationBlockers(words, written, tags), ...pastYears(words, tags, written));
    const index = new TagIndex(matches);
    const coded = codedResults(words, numbers, tags, normalised, text);
    const sides = sideFigures(words, tags, written);
    index.addAll([...figureLists(numbers, index), ...namedPairs(numbers, tags, words, written), ...namedFigures(numbers, words, tags, written), ...coded, ...sides.named, ...sides.pairs]);
    const lastWordOf = (m: TagMatch) => {
      let low = m.word;
      let high = words.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((words[middle] as Word).start < m.end) low = middle;
        else high = middle - 1;
      }
      return low;
    };
    const evidence: Evidence[] = [];
    for (const rule of RULES) {
      for (const [start, end] of findings(rule, index, clauses, lastWordOf)) evidence.push(toEvidence(rule.category, text, normalised, start, end));
    }
    evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    const kept = dedupe(evidence);
    const categories = CATEGORIES.filter((category) => kept.some((e) => e.category === category));
    // Coded results with no election word near: a weak signal, unless a poll finding already covers the draft.
    if (coded.length === 0 || categories.includes('poll')) return { categories, evidence: kept };
    const weak = coded.map((m): WeakEvidence => {
      const { start, end, text: span } = toEvidence('poll', text, normalised, m.start, m.end);
      return { kind: 'coded-results', start, end, text: span };
    });
    return { categories, evidence: kept, weak };
  }
}
