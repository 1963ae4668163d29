/**
 * The combination rules: a category fires when an intent meets an election
 * context. Each rule is a table of *forms* — a tag that is enough on its own,
 * or two tags close together, optionally with a third kind of term (the
 * election context) in reach — and the terms that weaken or cancel a form:
 *
 * - `context`: the words are about something else (a water leak, a polling
 *   station's opening hours); cancels a nearby pair;
 * - `blockers`: a warning or refusal ("don't share") before or after; cancels
 *   any finding, strong ones included;
 * - `framing`: reporting about the thing ("prosecutors investigate the hack",
 *   "police say") cancels a finding unless a sharing intent (`sharing`: "read
 *   them", "RT", "here are") is in reach, which turns the report into relaying.
 *   A link alone is no such intent: news cites its source with one.
 */
import type { Category } from './categories.ts';
import type { TagIndex, TagMatch } from './tag-index.ts';
import type { AnyTag } from './tags.ts';

/** How many words apart two terms may be and still count as one statement. */
export const PAIR_DISTANCE = 8;
/** How many words before or after a term a blocker ("don't share") reaches. */
export const BLOCKER_REACH = 6;
/** How many words before or after a leak a warning against sharing it reaches. */
export const LEAK_BLOCKER_REACH = 10;
/** How far the election context of a leak may be from it: the draft's topic, not one phrase. */
export const CONTEXT_REACH = 24;
/** How many words after a call its target may start and still be the call's direct object ("vote for the Greens"). */
export const DIRECT_TARGET = 3;
/** How far reporting framing ("prosecutors investigate") and a sharing intent reach. */
export const FRAMING_REACH = 16;

export interface Form {
  /** One tag (enough on its own) or two tags that must occur close together. */
  readonly tags: readonly [AnyTag] | readonly [AnyTag, AnyTag];
  /** How many words apart the two may be (default PAIR_DISTANCE). */
  readonly within?: number;
  /** The second must come after the first ("vote Labour", not "Labour … vote"). */
  readonly ordered?: boolean;
  /** The second starts on the word right after the first ends ("voto Sumar", not "el voto de Vox"). */
  readonly next?: boolean;
  /** One of these must be within `needsWithin` words of the form (the election context). */
  /** Both in one clause: "28 Prozent wählen, die AfD liegt bei 6,5 %" calls for nobody. */
  readonly inClause?: boolean;
  readonly needs?: readonly AnyTag[];
  readonly needsWithin?: number;
}

export interface CategoryRule {
  readonly category: Category;
  readonly forms: readonly Form[];
  /** Tags that cancel a nearby pair: the words are about something else (a water leak, a polling station). */
  readonly context: readonly AnyTag[];
  /**
   * A direct pair (the second right after the first, "alle zur Tierschutzpartei", "vote Labour") is only
   * cancelled by context in its own clause: "Sonntag alle zur Tierschutzpartei, jede Stimme zählt" calls for a
   * party and then adds a turnout phrase, while "vote for whoever you like" keeps its context next to the call.
   */
  readonly contextInClause?: boolean;
  /** Tags that cancel any finding near them, strong ones included ("don't share #MacronLeaks"). */
  readonly blockers: readonly AnyTag[];
  /** How many words from a finding a blocker reaches (default BLOCKER_REACH). */
  readonly blockerReach?: number;
  /** Reporting framing: cancels a finding unless a sharing intent is in reach. */
  readonly framing: readonly AnyTag[];
  readonly sharing: readonly AnyTag[];
}

/** Words that put a leak or a poll in an election: a party, a candidate, an election word. */
const ELECTION_CONTEXT: readonly AnyTag[] = ['entity', 'election', 'leak.strong', 'campaign.strong', 'campaign.hashtag'];

export const RULES: readonly CategoryRule[] = [
  {
    category: 'leak',
    forms: [
      { tags: ['leak.strong'] },
      // A leak verb next to a party, a candidate or an election word.
      { tags: ['leak.verb', 'entity'] },
      { tags: ['leak.verb', 'election'] },
      // "Leaked memo", "stolen emails, download here": only when the draft is about an election.
      { tags: ['leak.verb', 'leak.object'], needs: ELECTION_CONTEXT, needsWithin: CONTEXT_REACH },
      // Stolen files passed on with a link or "download it": relaying a leak, whatever names it carries.
      { tags: ['leak.verb', 'leak.object'], needs: ['leak.share', 'leak.link'] },
      { tags: ['leak.object', 'leak.share'], needs: ELECTION_CONTEXT, needsWithin: CONTEXT_REACH },
      // A sharing intent often closes the post, further from the files ("full inbox of the Tory chairman … link in bio, go read").
      { tags: ['leak.object', 'leak.share'], within: FRAMING_REACH, ordered: true, needs: ELECTION_CONTEXT, needsWithin: CONTEXT_REACH },
      { tags: ['leak.object', 'leak.link'], needs: ELECTION_CONTEXT, needsWithin: CONTEXT_REACH },
    ],
    context: ['leak.context'],
    // A warning is a sentence ("relayer les documents piratés d'un candidat peut être une infraction"), and scripts
    // written without spaces split into short words: a warning reaches further than the default.
    blockers: ['leak.blocker'],
    blockerReach: LEAK_BLOCKER_REACH,
    framing: ['report'],
    sharing: ['leak.share'],
  },
  {
    category: 'poll',
    forms: [
      { tags: ['poll.strong'] },
      { tags: ['poll.repeated'] },
      { tags: ['poll.list'] },
      { tags: ['poll.pairs'] },
      // Figures whose shares add up to about 100, bound to election or poll words ("#wybory2025").
      { tags: ['poll.coded-results'], needs: ['election', 'poll.term', 'poll.coded', 'poll.strong', 'entity'], needsWithin: CONTEXT_REACH },
      // A survey figure alone may be about tea or cats: it needs a party, candidate or election near.
      { tags: ['poll.term', 'figure'], needs: ['entity', 'election'] },
      { tags: ['poll.term', 'poll.leader'], needs: ['entity', 'election'] },
      { tags: ['entity', 'figure'] },
      // A percentage bound to a name no actor file knows, next to a result or poll word ("wyniki: Kowalski 61 proc.").
      { tags: ['poll.term', 'figure.named'] },
      { tags: ['poll.leader', 'figure.named'] },
      { tags: ['entity', 'poll.leader'] },
      { tags: ['poll.coded', 'figure'] },
      // "54/46", "52-48": a split of the vote next to poll or election words or a name.
      // Context does not cancel them: a split of about 100 is no opening hour ("53/47 para Sheinbaum … casillas").
      { tags: ['figure.split', 'poll.term'] },
      { tags: ['figure.split', 'election'] },
      { tags: ['figure.split', 'entity'] },
      // A number after a bare preposition ("est à 24", "nos 12") only counts next to poll words.
      { tags: ['poll.term', 'figure.weak'] },
      { tags: ['poll.coded', 'figure.weak'] },
    ],
    context: ['poll.context'],
    // A past year ("In 2019 the Tories got 43.6 % and Labour 32.1 %"): history, not an early result (signals/past-results.ts).
    blockers: ['poll.past'],
    blockerReach: 12,
    framing: [],
    sharing: [],
  },
  {
    category: 'campaign',
    forms: [
      { tags: ['campaign.strong'] },
      { tags: ['campaign.hashtag'] },
      // "Tylko Lewica!", "Stimmt mit NEIN!": a slogan with no call verb (signals/slogans.ts).
      { tags: ['campaign.slogan'] },
      { tags: ['campaign.call', 'entity'] },
      { tags: ['campaign.material', 'entity'] },
      // A name that is also an ordinary word ("Vox", "Greens", "Linke") counts right after the call only.
      { tags: ['campaign.call', 'entity.ambiguous'], within: 2, ordered: true, inClause: true },
      // A call and the name it calls for, when no actor file knows it (signals/targets.ts found the pair).
      { tags: ['campaign.call', 'campaign.name'], within: 6 },
      // "Vote yes", "vota sì", "votați NU": a referendum's side right after the call.
      { tags: ['campaign.call', 'campaign.side'], within: 6, ordered: true },
      // A weak call ("voting", "voto", "я за") only with a name right after it, in its clause.
      { tags: ['campaign.direct', 'entity'], within: 3, next: true, inClause: true },
      { tags: ['campaign.direct', 'entity.ambiguous'], within: 3, next: true, inClause: true },
      // The name first, the call after it in the same clause: "X is the only choice", verb-final calls.
      { tags: ['entity', 'campaign.after'], within: 4, ordered: true, inClause: true },
      { tags: ['entity.ambiguous', 'campaign.after'], within: 3, ordered: true, inClause: true },
      // "Bardella président !", "Lula presidente de novo": the office right after the name ("Feijóo, presidente del PP" is cut by its comma and its context).
      { tags: ['entity', 'campaign.office'], within: 1, next: true, inClause: true },
    ],
    context: ['campaign.context'],
    contextInClause: true,
    blockers: [],
    framing: [],
    sharing: [],
  },
];

/** Normalised-text spans of one category's findings. */
export function findings(rule: CategoryRule, index: TagIndex, clauses?: Uint32Array, lastWordOf: (m: TagMatch) => number = (m) => m.word): [number, number][] {
  // "Don't share the #MacronLeaks" and "the stolen mails: do not share them" alike.
  const blocked = (m: TagMatch) => index.any(rule.blockers, m.word, rule.blockerReach ?? BLOCKER_REACH);
  // "Prosecutors investigate the hacking of the campaign": a report, unless it also passes the thing on.
  const reported = (m: TagMatch) => index.any(rule.framing, m.word, FRAMING_REACH) && !index.any(rule.sharing, m.word, FRAMING_REACH);
  const spans: [number, number][] = [];
  for (const form of rule.forms) {
    const [first, second] = form.tags;
    if (form.needs !== undefined && form.needs.every((tag) => index.get(tag).length === 0)) continue;
    if (second === undefined) {
      for (const m of index.get(first)) {
        if (blocked(m) || reported(m)) continue;
        if (form.needs !== undefined && !index.any(form.needs, m.word, form.needsWithin ?? PAIR_DISTANCE, (c) => disjoint(c, m))) continue;
        spans.push([m.start, m.end]);
      }
      continue;
    }
    if (index.get(second).length === 0) continue;
    const within = form.within ?? PAIR_DISTANCE;
    for (const a of index.get(first)) {
      const b = index.nearest(second, a.word, within, (candidate) => disjoint(a, candidate) && (form.ordered !== true || candidate.start >= a.end) && (form.next !== true || (candidate.start >= a.end && candidate.word - lastWordOf(a) === 1)) && (form.inClause !== true || clauses === undefined || clauses[candidate.word] === clauses[a.word]));
      if (b === undefined || blocked(a) || blocked(b) || reported(a)) continue;
      const nearPair = (tags: readonly AnyTag[], distance: number, accept?: (m: TagMatch) => boolean) =>
        index.any(tags, a.word, distance, accept) || index.any(tags, b.word, distance, accept);
      if (form.needs !== undefined && !nearPair(form.needs, form.needsWithin ?? PAIR_DISTANCE, (c) => disjoint(c, a) && disjoint(c, b))) continue;
      // Context may overlap the pair itself: "gas leak" is both a leak verb and its context.
      // Counted from the call's last word: "Stimmt übermorgen für die Freien Wähler" is as direct as "wählt Merz".
      const direct = clauses !== undefined && b.start >= a.end && b.word - lastWordOf(a) <= DIRECT_TARGET && clauses[a.word] === clauses[b.word];
      const inClause = rule.contextInClause === true && direct ? (c: TagMatch) => clauses[c.word] === clauses[a.word] : undefined;
      if (first !== 'figure.split' && nearPair(rule.context, PAIR_DISTANCE, inClause)) continue;
      spans.push([Math.min(a.start, b.start), Math.max(a.end, b.end)]);
    }
  }
  return spans;
}

function disjoint(a: TagMatch, b: TagMatch): boolean {
  return a.end <= b.start || b.end <= a.start;
}
