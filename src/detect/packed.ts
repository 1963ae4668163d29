/**
 * Patterns as one compact string, for the background to send to content
 * scripts: one line per pattern, a tag letter, a flag character ('0' plus the
 * flag bits: infix start 1, infix end 2, whole word 4, hashtag 8), then the text.
 * Lines are in the order of their texts, so the tab's PatternSet builds its
 * trie without sorting (the costly part of the build).
 */
import type { Pattern } from './matcher.ts';
import { TAGS, type Tag } from './tags.ts';

const TAG_CODE_BASE = 65;

export function packPatterns(patterns: readonly Pattern<Tag>[]): string {
  return [...patterns]
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((p) => {
      const flags = (p.infixStart ? 1 : 0) | (p.infixEnd ? 2 : 0) | (p.wholeWord === true ? 4 : 0) | (p.hashtag === true ? 8 : 0);
      return `${String.fromCharCode(TAG_CODE_BASE + TAGS.indexOf(p.tag))}${flags}${p.text}`;
    })
    .join('\n');
}

export function unpackPatterns(packed: string): Pattern<Tag>[] {
  return packed.split('\n').map((line, index) => {
    const tag = TAGS[line.charCodeAt(0) - TAG_CODE_BASE];
    const flags = line.charCodeAt(1) - 48;
    if (tag === undefined || !(flags >= 0 && flags <= 15) || line.length < 3) throw new Error(`packed patterns: bad line ${index + 1}`);
    return { tag, text: line.slice(2), infixStart: (flags & 1) !== 0, infixEnd: (flags & 2) !== 0, wholeWord: (flags & 4) !== 0, hashtag: (flags & 8) !== 0 };
  });
}
