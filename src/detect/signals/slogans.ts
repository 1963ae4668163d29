/**
 * Slogans that call for a vote without a verb: "Tylko Lewica!", "Only the Left!", "Nur die Linke!", "Stimmt
 * mit NEIN!", "Votez NON !". A short exclamative clause that is nothing but "only" and a party, or a
 * referendum's answer written in capitals next to a word of voting, says what to vote as plainly as "vote
 * for" does. Both shapes are tight on purpose: the clause is a few words, it ends with "!" (or is the whole
 * draft), and the party is its last word — "Only the left lane is open" and "Mama said NO" stay quiet.
 */
import { patternText } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import { type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import type { WrittenWords } from './names.ts';
import { ANSWERS } from './targets.ts';

/** "Only" in the dataset's languages, as the normaliser writes it. */
const ONLY: ReadonlySet<string> = new Set(
  ['only', 'tylko', 'jedynie', 'nur', 'seulement', 'uniquement', 'solo', 'sólo', 'soltanto', 'solamente', 'alleen', 'enkel', 'jen', 'jenom', 'pouze', 'iba', 'len', 'numai', 'doar', 'só', 'somente', 'apenas', 'csak', 'kizárólag', 'sadece', 'yalnızca', 'μόνο', 'только', 'лише', 'тільки', 'само', 'samo', 'bara', 'endast', 'kun', 'vain', 'ainult', 'tikai', 'tik', 'vetëm', 'само'].map(patternText),
);
/** How words of voting start, as the normaliser writes them ("stimmt", "votez", "głosujcie", "hlasujte", "szavazz"). */
const VOTE_STEMS = ['stimm', 'abstimm', 'vot', 'glos', 'hlas', 'szavaz', 'stem', 'rost', 'oy ver', 'ψηφ', 'голос'].map(patternText);
/** The longest "only" slogan, in words, a time before it included. */
const SHORT = 7;
/** The longest clause an answer slogan may be ("Stimmt am Sonntag mit NEIN zur Stadtbahn!"). */
const ANSWER_CLAUSE = 8;
const ACTOR = [tagId('entity'), tagId('entity.ambiguous')];
const TIME = [tagId('time.unit'), tagId('time.day')];
const VOTING = [tagId('campaign.call'), tagId('election')];
const ELECTION = [tagId('election'), tagId('campaign.call'), tagId('campaign.material'), tagId('poll.term')];

export function slogans(words: readonly Word[], tags: WordTags, written: WrittenWords, clauses: Uint32Array): TagMatch[] {
  const result: TagMatch[] = [];
  // A name no actor file knows ("Only Kowalski!") is a candidate only in a draft about an election ("Only Netflix!").
  let election = false;
  for (let at = 0; at < words.length && !election; at += 1) election = ELECTION.some((id) => tags.has(at, id));
  for (let first = 0; first < words.length; ) {
    let last = first;
    while (last + 1 < words.length && clauses[last + 1] === clauses[first]) last += 1;
    const after = written.after(last);
    const exclaimed = after.includes('!') || (first === 0 && last === words.length - 1 && !after.includes('?'));
    if (exclaimed && last - first < ANSWER_CLAUSE) {
      const slogan = (last - first < SHORT ? onlyActor(words, tags, written, first, last, election) : undefined) ?? answerToVote(words, tags, written, first, last);
      if (slogan !== undefined) result.push({ tag: 'campaign.slogan', start: (words[slogan[0]] as Word).start, end: (words[slogan[1]] as Word).end, word: slogan[0] });
    }
    first = last + 1;
  }
  return result;
}

/** "Tylko Lewica!", "Only the Left!": "only", at most one short word (an article), the party, nothing after. */
/** The slogan's first and last word. */
type Span = readonly [number, number];

function onlyActor(words: readonly Word[], tags: WordTags, written: WrittenWords, from: number, last: number, election: boolean): Span | undefined {
  // "Am Sonntag nur die Linke!": the time the slogan is for may come first.
  const isTime = (at: number) => TIME.some((id) => tags.has(at, id));
  let first = from;
  while (first < last && (isTime(first) || (isTime(first + 1) && (words[first] as Word).end - (words[first] as Word).start <= 3))) first += 1;
  if (!ONLY.has((words[first] as Word).text) || last === first || last - first > 3) return undefined;
  const actor = (at: number) => ACTOR.some((id) => tags.has(at, id)) || (election && written.isName(at, true));
  if (!actor(last)) return undefined;
  for (let at = first + 1; at < last; at += 1) {
    const word = words[at] as Word;
    if (!actor(at) && word.end - word.start > 3) return undefined;
  }
  return [first, last];
}

/** "Stimmt mit NEIN!", "Votez NON !": an answer in capitals (not a shouted draft) and a word of voting. */
function answerToVote(words: readonly Word[], tags: WordTags, written: WrittenWords, first: number, last: number): Span | undefined {
  let answer: number | undefined;
  let voting: number | undefined;
  for (let at = first; at <= last; at += 1) {
    const text = (words[at] as Word).text;
    if (answer === undefined && ANSWERS.has(text) && written.allCaps(at) && !written.shouted(at)) answer = at;
    if (voting === undefined && (VOTING.some((id) => tags.has(at, id)) || VOTE_STEMS.some((stem) => text.startsWith(stem)))) voting = at;
  }
  return answer === undefined || voting === undefined ? undefined : [Math.min(answer, voting), Math.max(answer, voting)];
}
