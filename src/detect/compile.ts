/**
 * Lexicons and actor files → patterns for the matcher. Compile-time code: it
 * runs in Node and in the background, never in the content script (which
 * receives the packed result, see packed.ts).
 */
import type { ActorsFile } from '../data/actors-schema.ts';
import type { Pattern } from './matcher.ts';
import { patternText } from './normalise.ts';
import { COUNTRY_LANGUAGES } from './selection.ts';
import { POSITIONAL_TAGS, type Tag, isTag } from './tags.ts';

export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** Collects patterns once each. */
class PatternBuilder {
  readonly patterns: Pattern<Tag>[] = [];
  private readonly seen = new Set<string>();

  /**
   * Adds a term as written in a lexicon or actor file: `*` at the start lets it match inside a word,
   * at the end lets the word go on; `#Tag` matches only that whole hashtag. `where` names it in errors.
   * `attached`: a name, also matched with the particles and prefixes its language writes onto it.
   */
  add(entry: string, tag: Tag, where: string, hashtagOnly = false, attached = false, endings: Inflection | undefined = undefined): void {
    const infixStart = entry.startsWith('*');
    let infixEnd = entry.endsWith('*');
    // "#EnMarche" means that exact hashtag, not the start of #EnMarcheLeaks.
    const wholeWord = entry.startsWith('#');
    const text = patternText(entry.replace(/^\*|\*$/g, ''));
    if (text.length === 0) throw new Error(`${where}: "${entry}" normalises to nothing`);
    // One letter would match every word that folds to it (Dutch "BBB" once matched Russian "в");
    // only the tags that are read right next to a number ("8 h") may be that short.
    if (text.length === 1 && !POSITIONAL_TAGS.has(tag) && !/[0-9%]/.test(text)) {
      throw new Error(`${where}: "${entry}" normalises to the single letter "${text}"`);
    }
    // Multi-word terms also match written as one word, as in hashtags (#EnMarche).
    const variants = text.includes(' ') ? [text, text.replaceAll(' ', '')] : [text];
    if (attached && !infixStart && !wholeWord) {
      // Korean particles, Sinhala and Tamil case endings follow the name in the same word (더불어민주당에,
      // අනුරට, திமுகவுக்கு; a Tamil name's final pulli gives way to the ending: ஸ்டாலினை).
      if (OPEN_END.test(text)) infixEnd = true;
      if (text.endsWith('\u0bcd')) variants.push(text.slice(0, -1));
      // As written (with its spaces): a prefix or an ending on a name run together as one word is rare.
      variants.push(...prefixedForms(text), ...suffixedForms(text));
      if (endings !== undefined) variants.push(...inflectedForms(text, endings));
    }
    for (const variant of variants) {
      const key = `${tag}|${variant}|${infixStart}|${infixEnd}|${wholeWord}|${hashtagOnly}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.patterns.push(hashtagOnly ? { text: variant, tag, infixStart, infixEnd, wholeWord, hashtag: true } : { text: variant, tag, infixStart, infixEnd, wholeWord });
    }
  }
}

/**
 * Case endings of inflecting languages written in Latin, Cyrillic, Georgian or Armenian script, as the
 * normaliser folds them (accents stripped, Cyrillic look-alikes Latin): a one-word name of a country where
 * the language is spoken is also matched with each ending (`add`), and, when it ends in one of `drop`'s
 * vowels, with that vowel replaced by each of `replace` ("Fidesz" → "Fideszre", "Lewica" → "Lewicę",
 * "Babiš" → "Babiše"). `swap` replaces a whole ending where the stem changes with the case (Icelandic
 * "Sjálfstæðisflokkurinn" → "Sjálfstæðisflokksins", Finnish "Kokoomus" → "Kokoomuksen", Georgian
 * "ივანიშვილი" → "ივანიშვილმა"). Bounded lists, so an actor never matches an open-ended word ("Trump"
 * never matches "trumpet").
 */
export interface Inflection {
  readonly add: readonly string[];
  readonly drop?: string;
  readonly replace?: readonly string[];
  readonly swap?: Readonly<Record<string, readonly string[]>>;
}

const SLAVIC_LATIN: Inflection = { add: ['a', 'u', 'e', 'y', 'i', 'em', 'om', 'ovi', 'ou'], drop: 'aoe', replace: ['y', 'i', 'e', 'u', 'ou', 'o', 'om'] };
// -ым: the instrumental of surnames in -ин/-ов ("с Надеждиным", "с Путиным").
const SLAVIC_CYRILLIC: Inflection = { add: ['а', 'у', 'е', 'ом', 'ой', 'ы', 'и', 'ым'], drop: 'ая', replace: ['ы', 'и', 'е', 'у', 'ю', 'ой'] };

export const INFLECTIONS: Readonly<Record<string, Inflection>> = {
  pl: { add: ['a', 'u', 'y', 'ie', 'em', 'owi', 'iem', 'ego', 'emu', 'om'], drop: 'aoey', replace: ['y', 'i', 'e', 'ie', 'u', 'o', 'om', 'a'] },
  cs: SLAVIC_LATIN,
  sk: SLAVIC_LATIN,
  sl: SLAVIC_LATIN,
  hr: SLAVIC_LATIN,
  bs: SLAVIC_LATIN,
  sr: SLAVIC_LATIN,
  ru: SLAVIC_CYRILLIC,
  uk: SLAVIC_CYRILLIC,
  hu: { add: ['ra', 're', 'nak', 'nek', 't', 'ot', 'et', 'val', 'vel', 'ban', 'ben', 'hoz', 'hez', 'tol', 'on', 'en', 'ert', 'nal', 'nel', 'ba', 'be', 'bol', 'nal', 'ek', 'ok'] },
  // Finnish stems change before the ending: Kokoomus → Kokoomuksen, Perussuomalaiset → Perussuomalaisten,
  // Vihreät → Vihreiden, Vasemmistoliitto → Vasemmistoliiton.
  fi: {
    add: ['n', 'a', 'lle', 'lla', 'lta', 'ssa', 'sta', 'ksi', 'in', 'iin'],
    swap: {
      us: ['uksen', 'usta', 'ukselle', 'uksessa', 'uksesta', 'ukseen', 'uksella', 'ukselta'],
      set: ['sten', 'sia', 'sille', 'silla', 'silta', 'siin', 'sista', 'ssa'],
      at: ['iden', 'ita', 'ille', 'illa', 'ilta', 'iin', 'ista'],
      tto: ['ton', 'tolle', 'tossa', 'tosta', 'tolla', 'tolta'],
    },
  },
  et: { add: ['i', 'le', 'ga', 'ks', 'st', 's', 'lt'] },
  lt: { add: ['o', 'ui', 'a', 'ai', 'u', 'as', 'us', 'e', 'ei'] },
  lv: { add: ['am', 'as', 'u', 'ai', 'i', 's', 'a'] },
  de: { add: ['s', 'n'] },
  // Genitive -s: "Sverigedemokraternas", "Venstres", "Arbeiderpartiets".
  da: { add: ['s'] },
  nb: { add: ['s'] },
  sv: { add: ['s'] },
  // The definite article is written onto the name and goes with the case: -urinn → -inn, -num, -sins
  // (Miðflokkinn, Miðflokknum, Miðflokksins), -ingin → -inguna, -ingunni, -ingarinnar (Samfylkingin).
  is: {
    add: ['s', 'ar', 'u', 'a', 'i'],
    swap: { urinn: ['inn', 'num', 'sins'], ingin: ['inguna', 'ingunni', 'ingarinnar'], ar: ['a', 'um', 'ana'], i: ['a'], a: ['u'], son: ['syni', 'sonar'], ir: ['ur'] },
  },
  // Georgian: ergative -მა/-მ, dative -ს, genitive -ის, instrumental -ით, and postpositions written onto
  // the noun (-ზე on, -ში in, -ისთვის for); a final ი gives way to the ending (ივანიშვილმა, ივანიშვილის),
  // a final ა or ე to the genitive and instrumental (ოცნების, კობახიძით).
  ka: {
    add: ['მ', 'ს', 'ზე', 'ში', 'თი', 'სთვის'],
    swap: { ი: ['მა', 'ს', 'ის', 'ით', 'ისთვის', 'ზე', 'ში'], ა: ['ის', 'ით', 'ისთვის'], ე: ['ის', 'ით', 'ისთვის'] },
  },
  // Greek: masculine names take the case in their ending, written with or without the accent the
  // normaliser strips: -ας → -α (Τσίπρα), -ης → -η (Μητσοτάκη, Κασσελάκη), -ος → -ου, -ο (Βελόπουλου, Βελόπουλο).
  el: { add: [], swap: { ας: ['α'], ης: ['η'], ος: ['ου', 'ο'] } },
  // Armenian: the article -ը/-ն, genitive/dative -ի/-ին, ablative -ից, instrumental -ով, locative -ում.
  hy: { add: ['ը', 'ն', 'ի', 'ին', 'ից', 'ով', 'ում'] },
  // Kazakh: dative, accusative, genitive, ablative, locative and instrumental in both vowel harmonies and
  // after voiced/voiceless/nasal stems (Тоқаевқа, Тоқаевты, Аманаттың, Ауылға, Ауылдан).
  kk: {
    add: ['қа', 'ке', 'ға', 'ге', 'ты', 'ті', 'ды', 'ді', 'ны', 'ні', 'тың', 'тің', 'дың', 'дің', 'ның', 'нің', 'тан', 'тен', 'дан', 'ден', 'нан', 'нен', 'та', 'те', 'да', 'де', 'пен', 'бен', 'мен'],
  },
  // Kyrgyz: the same cases with four-way vowel harmony (Жапаровго, Жапаровду, Жапаровдун, Ата Мекенге).
  ky: {
    add: [
      'га', 'ге', 'го', 'гө', 'ка', 'ке', 'ко', 'кө', 'ды', 'ди', 'ду', 'дү', 'ты', 'ти', 'ту', 'тү', 'ны', 'ни', 'ну', 'нү',
      'дын', 'дин', 'дун', 'дүн', 'тын', 'тин', 'тун', 'түн', 'нын', 'нин', 'нун', 'нүн',
      'дан', 'ден', 'дон', 'дөн', 'тан', 'тен', 'тон', 'төн', 'да', 'де', 'до', 'дө', 'та', 'те', 'то', 'тө',
    ],
  },
};

/** Scripts whose names take case endings here: Latin, Greek, Cyrillic, Armenian, Georgian. */
const INFLECTED_SCRIPT = /[a-z\u0370-\u03ff\u0400-\u04ff\u0561-\u0587\u10d0-\u10ff]$/;

/** A one-word name of at least three letters, in a script of INFLECTED_SCRIPT, with its case endings. */
function inflectedForms(text: string, inflection: Inflection): string[] {
  if (text.length < 3 || text.includes(' ') || !INFLECTED_SCRIPT.test(text)) return [];
  const forms = inflection.add.map((ending) => patternText(text + ending));
  const last = text[text.length - 1] as string;
  if (inflection.drop !== undefined && inflection.drop.includes(last) && text.length >= 4) {
    forms.push(...(inflection.replace ?? []).map((ending) => patternText(text.slice(0, -1) + ending)));
  }
  for (const [ending, replacements] of Object.entries(inflection.swap ?? {})) {
    const folded = patternText(ending);
    // The stem left must still be a name (three letters or more), not a syllable.
    if (!text.endsWith(folded) || text.length - folded.length < 3) continue;
    forms.push(...replacements.map((replacement) => patternText(text.slice(0, -folded.length) + replacement)));
  }
  return forms.filter((form) => form !== text);
}

/** Names whose language writes its case endings onto them, in endless variety: they may go on. */
const OPEN_END = /[\uac00-\ud7a3\u0b80-\u0bff\u0d80-\u0dff]$/;
/** Bengali case endings written onto a name (বিএনপির, তারেক রহমানকে, হাসিনাকে). */
const BENGALI_SUFFIXES = ['র', 'ের', 'এর', 'কে', 'তে', 'ে', 'য়', 'ও', 'ই'];
/** Nepali postpositions (and the Hindi honorific) written onto a name (ओलीलाई, प्रचण्डको, मोदीजी). */
const DEVANAGARI_SUFFIXES = ['लाई', 'को', 'का', 'की', 'ले', 'मा', 'जी'];

function suffixedForms(text: string): string[] {
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0x980 && last <= 0x9ff) return BENGALI_SUFFIXES.map((suffix) => patternText(text + suffix));
  if (last >= 0x900 && last <= 0x97f) return DEVANAGARI_SUFFIXES.map((suffix) => patternText(text + suffix));
  return [];
}
/** Hebrew prefixes written onto the next word: and, the, in, to, from, that, and their common pairs. */
const HEBREW_PREFIXES = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'וה', 'וב', 'ול', 'של', 'שה', 'מה'];
/** Of those, the ones that swallow the article ה (ב + הליכוד → בליכוד). */
const HEBREW_ARTICLE_PREFIXES = ['ב', 'ל', 'וב', 'ול'];
/** Arabic conjunctions and prepositions written onto the next word: and, so, with, for/to, and their pairs. */
const ARABIC_PREFIXES = ['و', 'ف', 'ب', 'ل', 'وب', 'ول'];

/**
 * A name as written with the little words Hebrew and Arabic attach to its front ("לליכוד", "والنهضة",
 * "للنهضة": ل before the article ال drops its alef), which whole-word matching would otherwise miss.
 */
function prefixedForms(text: string): string[] {
  const first = text.charCodeAt(0);
  if (first >= 0x5d0 && first <= 0x5ea) {
    const forms = HEBREW_PREFIXES.map((prefix) => prefix + text);
    if (text.startsWith('ה') && text.length > 2) forms.push(...HEBREW_ARTICLE_PREFIXES.map((prefix) => prefix + text.slice(1)));
    return forms;
  }
  if (first >= 0x620 && first <= 0x64a) {
    return ARABIC_PREFIXES.map((prefix) => (prefix.endsWith('ل') && text.startsWith('ال') ? prefix + text.slice(1) : prefix + text));
  }
  return [];
}

/**
 * Supporters' hashtags around a name, written as one hashtag only: "#TeamHarris", "#YoConAbascal",
 * "#IoStoConConte", "#LulaPresidente". "team" in every country, the others in the country's languages.
 */
const SUPPORT_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  es: ['yocon'],
  it: ['iostocon'],
  pt: ['fechadocom'],
  fr: ['avec'],
  ru: ['команда'],
  uk: ['команда'],
};
const SUPPORT_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  en: ['forpresident', 'president'],
  fr: ['president', 'presidente'],
  es: ['presidente', 'presidenta'],
  pt: ['presidente'],
  it: ['premier'],
  pl: ['prezydent'],
  de: ['kanzler'],
};

function addLexicons(builder: PatternBuilder, lexicons: Readonly<Record<string, Lexicon>>): void {
  for (const [language, lexicon] of Object.entries(lexicons)) {
    for (const [tag, entries] of Object.entries(lexicon)) {
      if (!isTag(tag)) throw new Error(`lexicon ${language}: unknown tag "${tag}"`);
      for (const entry of entries) builder.add(entry, tag, `lexicon ${language}`);
    }
  }
}

/**
 * The election actors as patterns: parties and people are `entity` (or `entity.ambiguous`
 * for names that are also ordinary words, which the rules only accept with more context),
 * known hack-and-leak operations are `leak.strong`, and ballot list numbers become
 * "<list word> <number>" entities with the list words of the given lexicons ("Lista 4").
 */
function addActors(builder: PatternBuilder, files: readonly ActorsFile[], listWords: readonly string[]): void {
  for (const file of files) {
    const where = `actors/${file.country}.json`;
    const languages = COUNTRY_LANGUAGES[file.country] ?? [];
    const inflections = languages.flatMap((language) => (INFLECTIONS[language] === undefined ? [] : [INFLECTIONS[language]]));
    for (const entry of [...file.parties, ...file.people]) {
      const ambiguous = new Set(entry.ambiguous);
      const terms = 'short' in entry ? [...entry.names, ...entry.short, ...entry.nicknames] : [...entry.names, ...entry.aliases];
      for (const term of terms) {
        const tag = ambiguous.has(term) ? 'entity.ambiguous' : 'entity';
        builder.add(term, tag, where, false, true);
        for (const inflection of inflections) builder.add(term, tag, where, false, true, inflection);
        // Hashtags are written as one word; names of more than two words hardly ever are.
        const words = patternText(term).split(' ');
        const compact = words.join('');
        if (words.length > 2 || compact.length < 3) continue;
        builder.add(`#team${compact}`, 'campaign.strong', where, true);
        for (const language of languages) {
          // "#КомандаНадеждина": the name in the genitive after a Cyrillic prefix (-а after a consonant).
          const genitive = /[бвгджзклмнпрстфхцчшщ]$/i.test(term) ? patternText(`${term}а`).replaceAll(' ', '') : compact;
          for (const prefix of SUPPORT_PREFIXES[language] ?? []) builder.add(`#${prefix}${/^[а-я]/.test(prefix) ? genitive : compact}`, 'campaign.strong', where, true);
          for (const suffix of SUPPORT_SUFFIXES[language] ?? []) builder.add(`#${compact}${suffix}`, 'campaign.strong', where, true);
        }
      }
      // A hashtag is unambiguous as a hashtag; when its bare word is an ordinary word ("#PAS", "#Vox")
      // or very short, only the written hashtag counts.
      const ordinary = new Set(entry.ambiguous.map((term) => patternText(term)));
      if ('hashtags' in entry) {
        for (const hashtag of entry.hashtags) {
          const bare = patternText(hashtag);
          builder.add(hashtag, 'entity', where, ordinary.has(bare) || bare.length <= 3);
        }
      }
      if ('listNumbers' in entry) {
        for (const number of entry.listNumbers) for (const word of listWords) builder.add(`${word} ${number}`, 'entity', where);
      }
    }
    // A candidate or party written with its own ballot number ("Lula 13", "PT 13", "Prabowo 2") is a vote
    // call, not a share: campaign.strong, and poll.context so the number next to the name is no poll figure.
    const numbers = new Map(file.parties.map((party) => [party.id, party.listNumbers[0]]));
    for (const entry of [...file.parties, ...file.people]) {
      const number = 'listNumbers' in entry ? entry.listNumbers[0] : entry.party === undefined ? undefined : numbers.get(entry.party);
      if (number === undefined) continue;
      // The number settles an ambiguous name too ("Lula" is also a squid).
      const terms = 'short' in entry ? [...entry.names, ...entry.short, ...entry.nicknames] : [...entry.names, ...entry.aliases];
      for (const term of terms) {
        builder.add(`${term} ${number}`, 'campaign.strong', where);
        builder.add(`${term} ${number}`, 'poll.context', where);
      }
    }
    for (const operation of file.operations) {
      for (const term of [...operation.names, ...operation.hashtags]) builder.add(term, 'leak.strong', where);
    }
  }
}

/**
 * The names of the days and months in a language, from the platform's own calendar data (Intl, in Node and
 * both browsers), as `time.unit`: "Sonntag", "Sunday", "niedziela", "maja". Capitalised in English and German,
 * a weekday after a call is a time, not the name of a party ("Wir wählen am Sonntag einen Vorstand", "Vote on
 * Sunday for the Greens"), and a number right before a month is a date ("7 May"), not a share. Forms with a
 * digit (Japanese "5月") are left out: the number beside them is already a date.
 */
export function calendarTerms(language: string): string[] {
  const locale = calendarLocale(language);
  if (locale === undefined) return [];
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  // Inflecting languages write the month in the genitive next to a day ("7 maja", "7 мая").
  const dayMonth = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const terms = new Set<string>();
  for (const day of weekdayNames(locale)) terms.add(day);
  for (let index = 0; index < 12; index += 1) {
    const date = new Date(Date.UTC(2024, index, 15));
    terms.add(month.format(date));
    const part = dayMonth.formatToParts(date).find((p) => p.type === 'month');
    if (part !== undefined) terms.add(part.value);
  }
  return [...terms].filter((term) => !/\p{N}/u.test(term) && patternText(term).length >= 2);
}

/**
 * The platform's locale for a language's calendar words, or undefined where it has none: a language without
 * calendar data (Guaraní) would otherwise get the default locale's names.
 */
function calendarLocale(language: string): string | undefined {
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(language)[0] ?? language;
  } catch {
    return undefined;
  }
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0 ? undefined : locale;
}

/** The names of the seven days, none for a language the platform has no calendar for. */
function weekdayNames(language: string): string[] {
  const locale = calendarLocale(language);
  if (locale === undefined) return [];
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => weekday.format(new Date(Date.UTC(2024, 0, 1 + day)))).filter((term) => !/\p{N}/u.test(term) && patternText(term).length >= 2);
}

/**
 * A language's words for today, tomorrow and the day after, from Intl, as `time.day`: a call's time as often as a weekday
 * ("Stimmt morgen für die Piraten", "Głosujcie dziś na…"). Not `time.unit`: "Tusk 41 dzisiaj" is still a
 * share, not a clock time. Two letters are another language's word (Hungarian "ma" is Italian "but").
 */
export function relativeDays(language: string): string[] {
  let relative: Intl.RelativeTimeFormat;
  try {
    const locale = Intl.getCanonicalLocales(language)[0] ?? language;
    if (Intl.RelativeTimeFormat.supportedLocalesOf([locale]).length === 0) return [];
    relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  } catch {
    return [];
  }
  return [0, 1, 2].map((days) => relative.format(days, 'day')).filter((term) => !/\p{N}/u.test(term) && patternText(term).length > 2);
}

/**
 * Terms of no language, always compiled: a link passes a thing on (sharing intent), whatever the
 * language around it ("https t co …" once normalised).
 */
export const STRUCTURAL: Lexicon = {
  'leak.link': ['http', 'https', 'www', 't co', 'bit ly', 'mega nz', 'anonfiles', 'pastebin com'],
  // Words that set a year in the past ("In 2019 the Tories got…", "W 2020 roku Duda dostał…", the case endings of
  // "2018'de", "2022-ben"); read only next to a year.
  'time.year': ['in', 'en', 'im', 'w', 'we', 'em', 'nel', 'no', 'na', 'в', 'во', 'у', 'u', 'v', 've', 'vo', 'το', 'στο', 'σε', 'al', 'del', 'dal', 'dans', 'op', 'i', 'since', 'seit', 'depuis', 'desde', 'od', 'году', 'года', 'року', 'roku', 'godine', 'godini', 'yılında', 'évben', 'year', 'jahr', 'de', 'da', 'te', 'ta', 'ben', 'ban'],
  // Between two shares, the leader first ("55 contra 45", "60 a 40"): signals/splits.ts.
  'figure.joiner': ['a', 'to', 'zu', 'contra', 'contre', 'contro', 'vs', 'gegen', 'tegen', 'mot', 'na', 'против', 'κατά', 'ke'],
};

export function compilePatterns(lexicons: Readonly<Record<string, Lexicon>>, actors: readonly ActorsFile[] = []): Pattern<Tag>[] {
  const builder = new PatternBuilder();
  addLexicons(builder, { structural: STRUCTURAL, ...lexicons });
  for (const language of Object.keys(lexicons)) {
    for (const term of calendarTerms(language)) builder.add(term, 'time.unit', `calendar ${language}`);
    // "w niedzielę", "v neděli": a weekday after a preposition takes its case ending, as a name does.
    const endings = INFLECTIONS[language];
    if (endings !== undefined) for (const day of weekdayNames(language)) builder.add(day, 'time.unit', `calendar ${language}`, false, true, endings);
    for (const term of relativeDays(language)) builder.add(term, 'time.day', `calendar ${language}`);
  }
  const listWords = Object.values(lexicons).flatMap((lexicon) => lexicon['list.word'] ?? []);
  addActors(builder, actors, listWords);
  return builder.patterns;
}
