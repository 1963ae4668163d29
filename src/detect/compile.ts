/**
 * Lexicons → patterns for the matcher. Compile-time code: it runs in Node and
 * in the background, never in the content script (which receives the packed
 * result, see packed.ts).
 */
import type { Pattern } from './matcher.ts';
import { normalise } from './normalise.ts';
import { POSITIONAL_TAGS, type Tag, isTag } from './tags.ts';

export type Lexicon = Readonly<Record<string, readonly string[]>>;

export function compilePatterns(lexicons: Readonly<Record<string, Lexicon>>): Pattern<Tag>[] {
  const patterns: Pattern<Tag>[] = [];
  const seen = new Set<string>();
  for (const [language, lexicon] of Object.entries(lexicons)) {
    for (const [tag, entries] of Object.entries(lexicon)) {
      if (!isTag(tag)) throw new Error(`lexicon ${language}: unknown tag "${tag}"`);
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
          patterns.push({ text: variant, tag, infixStart, infixEnd, wholeWord });
        }
      }
    }
  }
  return patterns;
}
