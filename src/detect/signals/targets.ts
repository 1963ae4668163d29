/**
 * The target of a call to vote when no actor file knows it: "Wählt morgen
 * Merz!", "alle zur Linken", "tutti a votare Fratelli d'Italia", "Am Sonntag
 * Merz wählen!", "Erdoğan'a oy verin", "#VoteReform". No list of names can
 * keep up with every candidate and every case ending, but the shape is
 * there: a call, then (or, for languages that put the verb last, right
 * before it) a word written as a proper name — a capital letter where the
 * sentence does not start, an acronym, a hashtag — in the same clause.
 *
 * The word becomes `campaign.name`; the rules pair it with the call in order
 * and close by, so the call's context terms ("whoever", "said", "favourite")
 * still cancel it. A hashtag that starts with a call and goes on ("#VoteReform",
 * "#VotaSinMiedo") is a campaign hashtag of its own.
 *
 * Where capitals say nothing the signal stays silent: a call written in
 * capitals ("VOTE FOR THE BEST PIZZA"), scripts without case (the actor
 * files and lexicons cover those), the first word of a sentence.
 */
import { HASHTAG_START, type Normalised, patternText } from '../normalise.ts';
import type { TagMatch } from '../tag-index.ts';
import { type AnyTag, type WordTags, tagId } from '../tags.ts';
import type { Word } from '../words.ts';
import { APOSTROPHES, CLAUSE_BREAK, LOWER, type WrittenWords } from './names.ts';

/**
 * The answers a referendum asks for, in the languages of the dataset's countries: "vote yes", "vota sì",
 * "votez non", "głosujcie na TAK", "votați DA". Of no one lexicon (the same short word is yes in one language
 * and no in another), and looked up only in the two words after a call — not compiled into patterns, where
 * every "no" and "da" of every draft would become a match to index.
 */
export const ANSWERS: ReadonlySet<string> = new Set(
  ['yes', 'no', 'oui', 'non', 'ja', 'nein', 'si', 'sì', 'sí', 'sim', 'não', 'tak', 'nie', 'da', 'nu', 'ne', 'ano', 'áno', 'igen', 'nem', 'evet', 'hayır',
   'ναι', 'όχι', 'да', 'нет', 'не', 'ні', 'так', 'kyllä', 'ei', 'jah', 'nej', 'nei', 'taip', 'jā', 'nē'].map(patternText),
);
/**
 * Party colours ("vote green", "wählt grün", "votez bleu"): a side like an answer, but also just a colour
 * ("vote for the green bin design"), so only in a draft with an election word in reach.
 */
const COLOURS: ReadonlySet<string> = new Set(
  ['green', 'blue', 'red', 'orange', 'yellow', 'purple', 'grün', 'grun', 'rot', 'blau', 'schwarz', 'gelb', 'vert', 'rouge', 'bleu', 'verde', 'rojo', 'azul', 'naranja', 'morado', 'rosso', 'azzurro', 'groen', 'rood', 'blauw', 'oranje', 'paars', 'grön', 'röd', 'blå', 'zielono', 'czerwono', 'niebiesko', 'pomarańczowo'].map(patternText),
);
/** What "#Vote…" hashtags that call to vote at all, not for someone, end with ("#VoteEarly", "#VotaYa"). */
const TURNOUT_TAILS = new Set(['now', 'today', 'early', 'tomorrow', 'bymail', 'inperson', 'ya', 'hoy', 'oggi', 'heute', 'jetzt', 'aujourdhui', 'dzis', 'teraz', 'acum', 'azi', 'hoje']);
/**
 * Calls that are not about voting as such ("support", "stop", "contre", "choose"): "Support Ukraine", "Stop
 * Putin", "contre la France" call for nobody's election, so with a name no actor file knows they need an
 * election word in reach. As the normaliser writes them; the lexicons' other calls are votes.
 */
const GENERIC_CALLS = new Set([
  'support', 'back', 'stop', 'beat', 'defeat', 'choose', 'we need', 'rally', 'rally for', 'kick out',
  'contre', 'battre', 'soutenez', 'rejoignez', 'tous avec', 'faire barrage', 'barrage a',
  'apoya', 'apoyad', 'apoyemos', 'elige', 'elegid', 'echemos a', 'sostieni', 'sostenete', 'scegli', 'scegliete',
  'poprzyj', 'poprzyjcie', 'wesprzyjcie', 'wspierajcie', 'pokonajmy', 'odsunmy', 'precz z', 'sustineti', 'alaturati va',
  'destekleyin', 'destekleyelim', 'secin', 'secelim', 'haydi', 'gitsin', 'kazansin', 'podporte', 'podporme', 'zastavme', 'porazme',
  'stott', 'stot', 'velg', 'vaelg', 'tue', 'tukekaa', 'valitse', 'valitkaa', 'hajra', 'tamogasd', 'tamogassatok', 'apoie', 'apoiem', 'derrotar',
]);
/**
 * Articles after which a capitalised word is a common noun, not a name, as the normaliser writes them. German
 * capitalises every noun, so "einen Vorstand" after a call looks like a name: an indefinite article never
 * comes before a party or a candidate, and German "der" after the verb introduces its subject ("wählt der
 * Elternbeirat"), while a party voted for is "die Linke", "den Kandidaten". ("a" and "an" are left out:
 * Spanish "votad a Sánchez", German "an".)
 */
const ARTICLES_BEFORE_NOUNS = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'der', 'een', 'un', 'une', 'una', 'uno', 'um', 'uma']);
/** How far an election word may be from a generic call for its unknown name to count. */
const GENERIC_REACH = 24;
/** Tags that put a draft in an election. */
const ELECTION_WORDS: readonly AnyTag[] = ['election', 'entity', 'campaign.strong', 'campaign.material', 'poll.term', 'poll.strong'];
/** The most lower-case words between a call and the name it calls for ("Wählt morgen Merz", "vote for the Greens"). */
const SKIP = 1;
const TIME = tagId('time.unit');
const DAY = tagId('time.day');
const AMBIGUOUS = tagId('entity.ambiguous');

export interface CallTargets {
  readonly names: TagMatch[];
  /** A referendum's side right after a call ("vote yes", "vota sì al referendum", "votați NU!"). */
  readonly sides: TagMatch[];
  readonly hashtags: TagMatch[];
}

export function callTargets(words: readonly Word[], normalised: Normalised, written: WrittenWords, matches: readonly TagMatch[], tags: WordTags): CallTargets {
  const isTime = (index: number) => tags.has(index, TIME) || tags.has(index, DAY);
  const lastWordOf = (m: TagMatch) => {
    let last = m.word;
    while (last + 1 < words.length && (words[last + 1] as Word).start < m.end) last += 1;
    return last;
  };

  const electionWords = matches.filter((m) => ELECTION_WORDS.includes(m.tag)).map((m) => m.word);
  const inElection = (word: number) => electionWords.some((at) => Math.abs(at - word) <= GENERIC_REACH);

  // "no" and "da" are also "in the" and "gives": the answer ends the clause, is written in capitals, or a
  // short word ("on", "al") or a time or election word follows it ("vote yes on Sunday"), never a noun phrase.
  const sideShape = (index: number) => {
    const next = words[index + 1];
    if (next === undefined || CLAUSE_BREAK.test(written.between(index, index + 1)) || written.capitalised(index)) return true;
    return next.end - next.start <= 3 || isTime(index + 1) || tags.has(index + 1, tagId('election'));
  };
  const sides: TagMatch[] = [];
  const names: TagMatch[] = [];
  const hashtags: TagMatch[] = [];
  const seen = new Set<number>();
  const addName = (index: number) => {
    if (seen.has(index)) return;
    seen.add(index);
    const word = words[index] as Word;
    names.push({ tag: 'campaign.name', start: word.start, end: word.end, word: index });
  };
  for (const call of matches) {
    if (call.tag !== 'campaign.call') continue;
    const first = words[call.word];
    if (first === undefined) continue;
    // "#VoteReform": a call at the start of a hashtag that goes on.
    if (normalised.softBreaks[first.start] === HASHTAG_START && call.start === first.start && call.end < first.end) {
      const rest = normalised.text.slice(call.end, first.end);
      if (/^[0-9]/.test(rest) || TURNOUT_TAILS.has(rest)) continue;
      hashtags.push({ tag: 'campaign.hashtag', start: first.start, end: first.end, word: call.word });
      continue;
    }
    const callText = written.written(call.word);
    if (!LOWER.test(callText)) continue; // in capitals, a capital says nothing
    if (GENERIC_CALLS.has(normalised.text.slice(call.start, call.end)) && !inElection(call.word)) continue;
    const last = lastWordOf(call);
    const isSide = (index: number) => {
      const text = (words[index] as Word | undefined)?.text ?? '';
      return ANSWERS.has(text) || (COLOURS.has(text) && inElection(call.word));
    };
    const side = [last + 1, last + 2].find(isSide);
    if (side !== undefined && sideShape(side)) {
      const word = words[side] as Word;
      sides.push({ tag: 'campaign.side', start: word.start, end: word.end, word: side });
      continue;
    }
    // After the call: the next word, or the one after a lower-case word, in the same clause. A time said on
    // the way ("Wählt am Sonntag Kaltenbrunner", "vote on Sunday Smith") is no word between.
    let skipped = 0;
    for (let index = last + 1; index < words.length && skipped <= SKIP; index += 1) {
      if (CLAUSE_BREAK.test(written.between(index - 1, index))) break;
      if (isTime(index) || (isTime(index + 1) && !written.capitalised(index))) continue;
      // A party whose name is also a word ("the Greens", "die Piraten") past a time or an article: the rules
      // pair an ambiguous name with the call only right after it. Written as a name, or in an election.
      if (tags.has(index, AMBIGUOUS)) {
        const asName = (at: number) => tags.has(at, AMBIGUOUS) && written.capitalised(at) && !written.shouted(at);
        let end = index;
        while (tags.has(end + 1, AMBIGUOUS) && !CLAUSE_BREAK.test(written.between(end, end + 1))) end += 1;
        if (asName(index) || asName(end) || inElection(call.word)) addName(end);
        break;
      }
      if (written.isName(index, true)) {
        addName(index);
        break;
      }
      if (written.capitalised(index)) break; // a capitalised word that is no name ends the search
      // "Wir wählen am Sonntag einen Vorstand": after such an article comes a noun, not a name.
      if (ARTICLES_BEFORE_NOUNS.has((words[index] as Word).text)) break;
      skipped += 1;
    }
    // Before it, where the verb comes last and ends the clause ("Am Sonntag Merz wählen!", "Erdoğan'a oy verin"),
    // written in lower case (a German noun, "Wahlen", is capitalised: "Am Sonntag Wahlen" calls for nobody).
    const next = words[last + 1];
    const endsClause = next === undefined || CLAUSE_BREAK.test(written.between(last, last + 1));
    if (!endsClause || written.capitalised(call.word)) continue;
    let before = call.word - 1;
    const previous = words[before];
    if (previous !== undefined && before > 0 && previous.end - previous.start <= 4 && APOSTROPHES.has(written.between(before - 1, before))) before -= 1;
    if (before >= 0 && !CLAUSE_BREAK.test(written.between(before, before + 1)) && written.isName(before, false)) addName(before);
  }
  return { names, sides, hashtags };
}
