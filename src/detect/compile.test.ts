import { describe, expect, it } from 'vitest';
import type { ActorsFile } from '../data/actors-schema.ts';
import { calendarTerms, compilePatterns } from './compile.ts';
import { PatternSet } from './matcher.ts';
import { normalise } from './normalise.ts';

const source = { url: 'https://example.org/', title: 'test', kind: 'other' };
const file = (country: string, names: string[]) =>
  ({ country, asOf: '2026-12-01', parties: [{ id: 'p', names, short: [], nicknames: [], hashtags: [], listNumbers: [], ambiguous: [], source }], people: [], operations: [] }) as unknown as ActorsFile;

const entities = (files: ActorsFile[], text: string) => {
  const set = new PatternSet(compilePatterns({}, files));
  const normalised = normalise(text);
  return set.scan(normalised).map((m) => normalised.text.slice(m.start, m.end));
};

describe('names with the words their language attaches to them', () => {
  it('Korean: a particle may follow the name in the same word', () => {
    expect(entities([file('KR', ['더불어민주당'])], '더불어민주당에 투표하세요')).toEqual(['더불어민주당']);
    expect(entities([file('KR', ['더불어민주당'])], '더불어민주당 후보')).toEqual(['더불어민주당']);
  });

  it('Hebrew: and/the/in/to/from/that prefixes, and the article swallowed by ב, ל, כ', () => {
    const il = [file('IL', ['הליכוד', 'יש עתיד'])];
    expect(entities(il, 'כולם לליכוד')).toEqual(['לליכוד']);
    expect(entities(il, 'הצבעתי והליכוד')).toEqual(['והליכוד']);
    expect(entities(il, 'תצביעו ליש עתיד')).toEqual(['ליש עתיד']);
    expect(entities(il, 'ליכודניק')).toEqual([]);
  });

  it('Arabic: و ف ب ك ل and their pairs, with ل before the article dropping its alef', () => {
    const tn = [file('TN', ['النهضة'])];
    expect(entities(tn, 'صوتوا للنهضة')).toEqual(['للنهضه']);
    expect(entities(tn, 'والنهضة')).toEqual(['والنهضه']);
    expect(entities(tn, 'بالنهضة')).toEqual(['بالنهضه']);
    expect(entities(tn, 'النهضوي')).toEqual([]);
  });

  it('leaves lexicon terms and Latin names as written', () => {
    const set = new PatternSet(compilePatterns({ he: { election: ['בחירות'] } }, [file('FR', ['Renaissance'])]));
    expect(set.scan(normalise('לבחירות ורנסאנס vrenaissance'))).toEqual([]);
  });
});

describe('names with the endings their language writes onto them', () => {
  it('Bengali case endings', () => {
    const bd = [file('BD', ['বিএনপি', 'তারেক রহমান'])];
    expect(entities(bd, 'বিএনপিকে ভোট দিন')).toEqual(['বিএনপিকে']);
    expect(entities(bd, 'তারেক রহমানের বক্তব্য')).toEqual(['তারেক রহমানের']);
  });

  it('Nepali postpositions and the Hindi honorific', () => {
    const np = [file('NP', ['ओली', 'मोदी'])];
    expect(entities(np, 'ओलीलाई भोट')).toEqual(['ओलीलाई']);
    expect(entities(np, 'मोदीजी आए')).toEqual(['मोदीजी']);
    expect(entities(np, 'ओलीभन्दा')).toEqual([]);
  });

  it('Tamil and Sinhala endings, a Tamil final pulli giving way to them', () => {
    expect(entities([file('IN', ['திமுக'])], 'திமுகவுக்கு வாக்களியுங்கள்')).toEqual(['திமுக']);
    expect(entities([file('IN', ['ஸ்டாலின்'])], 'ஸ்டாலினை ஆதரிப்போம்')).toEqual(['ஸ்டாலின']);
    expect(entities([file('LK', ['අනුර'])], 'අනුරට ඡන්දය දෙන්න')).toEqual(['අනුර']);
  });
});

describe('calendarTerms: day and month names from the platform (Intl) as time words', () => {
  it('gives the weekdays and months of a language, the genitive months of inflecting ones included', () => {
    expect(calendarTerms('de')).toEqual(expect.arrayContaining(['Sonntag', 'Mai']));
    expect(calendarTerms('pl')).toEqual(expect.arrayContaining(['niedziela', 'maja']));
  });

  it('leaves out forms with digits and languages the platform has no calendar for', () => {
    expect(calendarTerms('ja').some((term) => /\d/.test(term))).toBe(false);
    expect(calendarTerms('gn')).toEqual([]);
  });
});

describe('case endings of the languages of the country (INFLECTIONS)', () => {
  it('Icelandic: the article and the case change the ending, not only add to it', () => {
    const is = [file('IS', ['Sjálfstæðisflokkurinn', 'Samfylkingin', 'Píratar', 'Bjarni Benediktsson', 'Inga'])];
    expect(entities(is, 'Kjósið ekki Sjálfstæðisflokkinn')).toEqual(['sjalfstaedisflokkinn']);
    expect(entities(is, 'skjöl Sjálfstæðisflokksins og Samfylkingarinnar')).toEqual(['sjalfstaedisflokksins', 'samfylkingarinnar']);
    expect(entities(is, 'Kjósum Samfylkinguna og Pírata')).toEqual(['samfylkinguna', 'pirata']);
    expect(entities(is, 'Atkvæði til Ingu')).toEqual(['ingu']);
    // A stem shorter than three letters is not a name: "Inga" does not give way to "Ingar…"-like words.
    expect(entities(is, 'flokkurinn')).toEqual([]);
  });

  it('Finnish: stems that change before the ending', () => {
    const fi = [file('FI', ['Kokoomus', 'Perussuomalaiset', 'Vihreät', 'Vasemmistoliitto'])];
    expect(entities(fi, 'Äänestä Kokoomuksen ehdokasta')).toEqual(['kokoomuksen']);
    expect(entities(fi, 'Perussuomalaisten ja Vihreiden kannatus')).toEqual(['perussuomalaisten', 'vihreiden']);
    expect(entities(fi, 'Vasemmistoliiton lista')).toEqual(['vasemmistoliiton']);
  });

  it('Danish, Norwegian and Swedish genitive -s', () => {
    expect(entities([file('SE', ['Sverigedemokraterna'])], 'Sverigedemokraternas lista')).toEqual(['sverigedemokraternas']);
    expect(entities([file('NO', ['Høyre'])], 'Høyres liste')).toEqual(['hoyres']);
    expect(entities([file('DK', ['Venstre'])], 'Venstres kandidat')).toEqual(['venstres']);
  });

  it('Georgian: ergative, dative, genitive and postpositions, a final ი or ა giving way', () => {
    const ge = [file('GE', ['ივანიშვილი', 'ოცნება', 'კობახიძე'])];
    expect(entities(ge, 'ივანიშვილმა თქვა')).toEqual(['ივანიშვილმა']);
    expect(entities(ge, 'ივანიშვილის პარტია')).toEqual(['ივანიშვილის']);
    expect(entities(ge, 'ოცნებას და კობახიძის')).toEqual(['ოცნებას', 'კობახიძის']);
    expect(entities(ge, 'ოცნებისთვის')).toEqual(['ოცნებისთვის']);
  });

  it('Armenian: article and case endings', () => {
    const am = [file('AM', ['Փաշինյան'])];
    expect(entities(am, 'Քվեարկեք Փաշինյանին')).toEqual(['փաշինյանին']);
    expect(entities(am, 'Փաշինյանը և Փաշինյանից')).toEqual(['փաշինյանը', 'փաշինյանից']);
  });

  it('Kazakh and Kyrgyz: cases in each vowel harmony', () => {
    const kz = [file('KZ', ['Тоқаев', 'Ауыл'])];
    expect(entities(kz, 'Тоқаевқа дауыс беріңіз')).toHaveLength(1);
    expect(entities(kz, 'Ауылдың үміткері')).toHaveLength(1);
    const kg = [file('KG', ['Жапаров', 'Ата Мекен', 'Мекенчил'])];
    expect(entities(kg, 'Жапаровго добуш бергиле')).toHaveLength(1);
    expect(entities(kg, 'Мекенчилдин талапкери')).toHaveLength(1);
    expect(entities(kg, 'Жапаровчулар')).toEqual([]);
  });
});
