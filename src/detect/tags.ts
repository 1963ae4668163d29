/**
 * The tag vocabulary: what a lexicon term or a derived signal says about the
 * words it covers. See docs/detector.md for what each tag means.
 *
 * Tags are numbered (lexicon tags first, then the tags the detector derives
 * itself); per-word tag sets are bitsets of as many 32-bit words as the
 * vocabulary needs (see WordTags), so adding a tag never wraps onto another.
 */

/** Every tag a lexicon may use. */
export const TAGS = [
  'entity',
  'election',
  'entity.ambiguous',
  'list.word',
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
  'report',
  // A link: relaying a thing, but also how news cites its source, so it never overrides reporting framing.
  'leak.link',
  // Today and tomorrow (from Intl, not lexicons): a time said between a call and its target.
  'time.day',
  // "in", "w", "в", "το" before a year, "roku", "году" after it (compile.ts STRUCTURAL): a year in the past (signals/past-results.ts).
  'time.year',
  // "contra", "to", "a" between two shares ("55 contra 45"; STRUCTURAL in compile.ts, signals/splits.ts).
  'figure.joiner',
  // A weak call that counts only with its target right after it ("I'm voting Reform", "voto Sumar", "я за Явлинского").
  'campaign.direct',
  // A call that follows its target: "… is the only choice", and the verb-final calls of kk, tr, ja, ko, hu, el
  // ("Аманат партиясына дауыс беріңіз", "국민의힘 찍지 마세요", "a Tiszára szavazok").
  'campaign.after',
  // The office a name should win, right after it in its clause: "Bardella président !", "Trzaskowski prezydentem!".
  'campaign.office',
] as const;
export type Tag = (typeof TAGS)[number];

/** Tags produced by the detector's signals rather than by lexicons. */
export const DERIVED_TAGS = ['figure', 'figure.weak', 'figure.split', 'figure.named', 'number', 'poll.repeated', 'poll.list', 'poll.pairs', 'poll.coded-results', 'campaign.hashtag', 'campaign.name', 'campaign.side', 'campaign.slogan', 'poll.past'] as const;
export type DerivedTag = (typeof DERIVED_TAGS)[number];
export type AnyTag = Tag | DerivedTag;

export const ALL_TAGS: readonly AnyTag[] = [...TAGS, ...DERIVED_TAGS];
const TAG_IDS = new Map<string, number>(ALL_TAGS.map((tag, index) => [tag, index]));
export const TAG_SET: ReadonlySet<string> = new Set(TAGS);

/** The tag's number (its position in ALL_TAGS). */
export function tagId(tag: AnyTag): number {
  return TAG_IDS.get(tag) as number;
}

export function isTag(name: string): name is Tag {
  return TAG_SET.has(name);
}

/** Tags that only count right before or after a number. */
export const POSITIONAL_TAGS: ReadonlySet<string> = new Set(['figure.unit', 'figure.prep', 'figure.seats', 'time.unit', 'time.year', 'figure.joiner']);

/**
 * A set of tags per word: one bit per tag in `stride` 32-bit words per word,
 * sized from the vocabulary, so any number of tags fits.
 */
export class WordTags {
  private readonly bits: Uint32Array;
  private readonly stride: number;

  constructor(
    readonly words: number,
    tagCount: number = ALL_TAGS.length,
  ) {
    this.stride = Math.max(1, Math.ceil(tagCount / 32));
    this.bits = new Uint32Array(words * this.stride);
  }

  add(word: number, id: number): void {
    const at = word * this.stride + (id >>> 5);
    this.bits[at] = (this.bits[at] as number) | (1 << (id & 31));
  }

  has(word: number, id: number): boolean {
    if (word < 0 || word >= this.words) return false;
    return ((this.bits[word * this.stride + (id >>> 5)] as number) & (1 << (id & 31))) !== 0;
  }
}
