/**
 * The combination rules: how nearby tagged terms become a finding of a
 * category. A category is found when a strong term occurs, or two kinds of
 * term occur within PAIR_DISTANCE words of each other, unless a context term
 * nearby says the words are about something else, or a blocker disowns them.
 */
import type { Category } from './categories.ts';
import type { TagIndex, TagMatch } from './tag-index.ts';
import type { AnyTag } from './tags.ts';

/** How many words apart two terms may be and still count as one statement. */
export const PAIR_DISTANCE = 8;
/** How many words before or after a term a blocker ("don't share") reaches. */
export const BLOCKER_REACH = 6;

export interface CategoryRule {
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

export const RULES: readonly CategoryRule[] = [
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

/** Normalised-text spans of one category's findings. */
export function findings(rule: CategoryRule, index: TagIndex): [number, number][] {
  // "Don't share the #MacronLeaks" and "the stolen mails: do not share them" alike.
  const blocked = (m: TagMatch) => index.any(rule.blockers, m.word, BLOCKER_REACH);
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
      const nearPair = (tags: readonly AnyTag[], accept?: (m: TagMatch) => boolean) =>
        index.any(tags, a.word, PAIR_DISTANCE, accept) || index.any(tags, pair.word, PAIR_DISTANCE, accept);
      if (third !== undefined && !nearPair(third, (c) => disjoint(c, a) && disjoint(c, pair))) continue;
      // Context may overlap the pair itself: "gas leak" is both a leak verb and its context.
      if (nearPair(rule.context)) continue;
      spans.push([Math.min(a.start, pair.start), Math.max(a.end, pair.end)]);
    }
  }
  return spans;
}

function disjoint(a: TagMatch, b: TagMatch): boolean {
  return a.end <= b.start || b.end <= a.start;
}
