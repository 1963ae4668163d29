/**
 * Campaign hashtags built from a name and a year ("#Merz2025", "#Trump2028",
 * "#Lula22"): the shape, in any language, of a candidate's campaign tag.
 * The name must be an actor's (ambiguous ones included: as a hashtag with a
 * year, "#Vox2027" names the party), and the word must be written as a hashtag.
 */
import { HASHTAG_START, type Normalised } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import type { Word } from '../words.ts';

const YEAR = /^(?:19|20)?\d\d$/;

export function campaignHashtags(words: readonly Word[], normalised: Normalised, matches: readonly TagMatch[]): TagMatch[] {
  const result: TagMatch[] = [];
  let last = -1;
  for (const m of matches) {
    if ((m.tag !== 'entity' && m.tag !== 'entity.ambiguous') || m.word === last) continue;
    const word = words[m.word];
    if (word === undefined || normalised.softBreaks[word.start] !== HASHTAG_START || m.end >= word.end) continue;
    if (!YEAR.test(normalised.text.slice(m.end, word.end))) continue;
    result.push({ tag: 'campaign.hashtag', start: word.start, end: word.end, word: m.word });
    last = m.word;
  }
  return result;
}
