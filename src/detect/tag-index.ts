/**
 * Matches grouped by tag, each group sorted by word, so "is there one within
 * N words" is a binary search; and the tags of each word, for the signals
 * that look at a number's neighbours.
 */
import type { Match } from './matcher.ts';
import { type AnyTag, WordTags, tagId } from './tags.ts';
import type { Word } from './words.ts';

export type TagMatch = Match<AnyTag>;

export class TagIndex {
  private readonly groups = new Map<AnyTag, TagMatch[]>();

  constructor(matches: readonly TagMatch[]) {
    for (const m of matches) {
      const group = this.groups.get(m.tag);
      if (group === undefined) this.groups.set(m.tag, [m]);
      else group.push(m);
    }
    for (const group of this.groups.values()) group.sort((a, b) => a.word - b.word);
  }

  get(tag: AnyTag): readonly TagMatch[] {
    return this.groups.get(tag) ?? [];
  }

  /** The first match (by word) of these tags within `distance` words of `word` that `accept` takes. */
  find(tags: readonly AnyTag[], word: number, distance: number, accept?: (m: TagMatch) => boolean): TagMatch | undefined {
    for (const tag of tags) {
      const group = this.groups.get(tag);
      if (group === undefined) continue;
      let low = 0;
      let high = group.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((group[middle] as TagMatch).word < word - distance) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < group.length; i += 1) {
        const m = group[i] as TagMatch;
        if (m.word > word + distance) break;
        if (accept === undefined || accept(m)) return m;
      }
    }
    return undefined;
  }

  /** Like find, but the closest match to `word` (the earlier one on a tie): keeps evidence spans tight. */
  nearest(tag: AnyTag, word: number, distance: number, accept: (m: TagMatch) => boolean): TagMatch | undefined {
    let best: TagMatch | undefined;
    this.find([tag], word, distance, (m) => {
      if (accept(m) && (best === undefined || Math.abs(m.word - word) < Math.abs(best.word - word))) best = m;
      return false;
    });
    return best;
  }

  any(tags: readonly AnyTag[], word: number, distance: number, accept?: (m: TagMatch) => boolean): boolean {
    return this.find(tags, word, distance, accept) !== undefined;
  }

  /** Adds matches found after construction (derived signals), keeping each group sorted. */
  addAll(matches: readonly TagMatch[]): void {
    const touched = new Set<TagMatch[]>();
    for (const m of matches) {
      let group = this.groups.get(m.tag);
      if (group === undefined) {
        group = [];
        this.groups.set(m.tag, group);
      }
      group.push(m);
      touched.add(group);
    }
    for (const group of touched) group.sort((a, b) => a.word - b.word);
  }
}

/** The tags of every word a match covers, so "N-VA op 27" sees the party right before "op". */
export function wordTags(words: readonly Word[], matches: readonly TagMatch[]): WordTags {
  const tags = new WordTags(words.length);
  for (const m of matches) {
    const id = tagId(m.tag);
    let last = m.word;
    while (last + 1 < words.length && (words[last + 1] as Word).start < m.end) last += 1;
    for (let w = m.word; w <= last; w += 1) tags.add(w, id);
  }
  return tags;
}
