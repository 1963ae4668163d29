import { describe, expect, it } from 'vitest';
import { loadActors } from '../data/actors.ts';
import { type Category, LEXICON_LANGUAGES, classify } from './classify.ts';
import { LEXICONS } from './lexicons/index.ts';
import { normalise } from './normalise.ts';
import { COUNTRY_LANGUAGES, selectionFor } from './selection.ts';
import { POSITIONAL_TAGS } from './tags.ts';

/**
 * The lexicons of Europe and the Caucasus added for issue 9, each checked on
 * posts written for this test (not taken from any corpus or evaluation set):
 * a leak, a poll and a campaign post; a harmless post; a negation (a refusal
 * or warning not to share); a news item about a leak; and harmless
 * look-alikes (a water leak, a sports score, a product survey). Party and
 * candidate names come from src/data/actors, not from these lexicons.
 */
type Kind = 'leak' | 'poll' | 'campaign' | 'harmless' | 'negation' | 'news' | 'water leak' | 'sports score' | 'product survey';
const WANT: Record<Kind, Category[]> = {
  leak: ['leak'],
  poll: ['poll'],
  campaign: ['campaign'],
  harmless: [],
  negation: [],
  news: [],
  'water leak': [],
  'sports score': [],
  'product survey': [],
};

const CASES: Record<string, [Kind, string][]> = {
  tr: [
    ['leak', "CHP'nin seçim kampanyasının e-postaları sızdırıldı, linki biyografide, silinmeden indirin"],
    ['leak', "AKP'nin gizli belgeleri ifşa oldu! Herkes paylaşsın"],
    ['poll', 'Son anket: AKP %31, CHP %29, MHP %9'],
    ['poll', 'KONDA anketine göre Erdoğan yüzde 49,5 ile önde'],
    ['poll', 'Açılan sandık oranı %40: Kılıçdaroğlu 47, Erdoğan 51'],
    ['campaign', "Erdoğan'a oy verin!"],
    ['campaign', "Pazar günü herkes sandığa, oylar Millet İttifakı'na!"],
    ['campaign', "CHP'ye tek oy yok!"],
    ['harmless', 'Pazar günü oy vermeyi unutmayın, her oy önemli'],
    ['harmless', "Erdoğan oyunu Üsküdar'da kullandı"],
    ['negation', 'YSK uyardı: sızdırılan belgeleri paylaşmayın, suç teşkil edebilir'],
    ['negation', 'Bu belgeler sahte olabilir, sakın paylaşmayın'],
    ['news', "Savcılık, CHP'nin e-postalarının hacklenmesiyle ilgili soruşturma başlattı"],
    ['water leak', 'Banyoda su kaçağı var, tesisatçı yarın gelecek'],
    ['water leak', "Apple'ın yeni iPhone modeli sızdırıldı"],
    ['sports score', 'Fenerbahçe 3-1 kazandı, maç harikaydı'],
    ['product survey', 'Müşteri memnuniyeti anketimize katılın, %20 indirim kazanın'],
  ],
  hu: [
    ['leak', 'Kiszivárogtak a Fidesz kampányának belső e-mailjei, itt a link, töltsétek le mielőtt törlik'],
    ['leak', 'Feltörték Magyar Péter e-mail fiókját, a levelek itt olvashatók, osszátok meg'],
    ['poll', 'Friss felmérés: Tisza 48%, Fidesz 39% a biztos pártválasztók körében'],
    ['poll', '80%-os feldolgozottságnál Fidesz–KDNP 44, Tisza 47'],
    ['campaign', 'Vasárnap mindenki szavazzon a Fidesz–KDNP-re!'],
    ['campaign', 'Ne szavazz Orbán Viktorra, egyetlen szavazatot se a Fidesznek!'],
    ['harmless', 'Vasárnap ne felejts el elmenni szavazni, minden szavazat számít'],
    ['negation', 'Az NVB figyelmeztet: ne osszátok meg a kiszivárgott dokumentumokat, bűncselekmény lehet'],
    ['negation', 'Ezeket a leveleket nem fogom megosztani, hamisítvány lehet'],
    ['news', 'Az ügyészség nyomozást indított a Fidesz e-mailjeinek feltörése ügyében'],
    ['water leak', 'Csőtörés van a fürdőszobában, a vízszerelő holnap jön'],
    ['water leak', 'Kiszivárgott az új iPhone előzetese'],
    ['sports score', 'A Fradi 2:1-re nyert, gyönyörű gól volt'],
    ['product survey', 'Töltse ki elégedettségi felmérésünket, 20% kedvezmény jár'],
  ],
  sk: [
    ['leak', 'Unikli maily zo štábu Smeru, odkaz je v komentári, stiahnite si ich kým to zmažú'],
    ['leak', 'Hackeri ukradli dokumenty Progresívneho Slovenska, tu je link'],
    ['poll', 'Nový prieskum AKO: Smer 22 %, PS 20 %, Hlas 12 %'],
    ['poll', 'Podľa prieskumu Focus vedie Progresívne Slovensko s 23 percentami'],
    ['poll', 'Sčítaných 60 % okrskov: Pellegrini 53, Korčok 47'],
    ['campaign', 'Nevoľte Matoviča, ani jeden hlas OĽaNO!'],
    ['campaign', 'V sobotu voľte Progresívne Slovensko!'],
    ['harmless', 'Nezabudnite v sobotu ísť voliť, každý hlas sa počíta'],
    ['negation', 'Nezdieľajte uniknuté dokumenty, môže ísť o podvrh'],
    ['negation', 'Tie maily nebudem zdieľať, je to trestný čin'],
    ['news', 'Polícia vyšetruje únik mailov zo štábu Smeru'],
    ['water leak', 'Tečie nám voda z potrubia, inštalatér príde zajtra'],
    ['water leak', 'Unikli fotky nového iPhonu'],
    ['sports score', 'Slovan vyhral 3:1, skvelý zápas'],
    ['product survey', 'Vyplňte prieskum spokojnosti zákazníkov a získajte zľavu 20 %'],
  ],
  el: [
    ['leak', 'Διέρρευσαν τα email του επιτελείου της ΝΔ, κατεβάστε τα πριν τα σβήσουν'],
    ['leak', 'Χάκαραν το κόμμα του Τσίπρα, όλα τα έγγραφα εδώ, διαβάστε'],
    ['poll', 'Νέα δημοσκόπηση: ΝΔ 31%, ΠΑΣΟΚ 14%, ΣΥΡΙΖΑ 10%'],
    ['poll', 'Σε ενσωμάτωση 30%: ΝΔ 40,5, ΣΥΡΙΖΑ 18'],
    ['campaign', 'Ψηφίστε ΣΥΡΙΖΑ την Κυριακή!'],
    ['campaign', 'Ούτε μία ψήφος στο ΠΑΣΟΚ!'],
    ['harmless', 'Μην ξεχάσετε να ψηφίσετε την Κυριακή στις εκλογές'],
    ['negation', 'Μην κοινοποιείτε τα κλεμμένα έγγραφα, είναι ποινικό αδίκημα'],
    ['news', 'Η εισαγγελία ερευνά τη διαρροή των email της ΝΔ'],
    ['water leak', 'Έχουμε διαρροή νερού στο μπάνιο, έρχεται ο υδραυλικός αύριο'],
    ['water leak', 'Διέρρευσε το trailer της νέας ταινίας'],
    ['sports score', 'Ο Ολυμπιακός κέρδισε 3-1, τι αγώνας!'],
    ['product survey', 'Συμπληρώστε την έρευνα ικανοποίησης πελατών και κερδίστε έκπτωση 20%'],
  ],
  hr: [
    ['leak', 'Procurili mailovi HDZ-ova izbornog stožera, link je u komentaru, skinite prije nego obrišu'],
    ['leak', 'Hakeri ukrali dokumente SDP-a, evo svih, podijelite'],
    ['poll', 'Nova anketa Crobarometra: HDZ 32 posto, SDP 25 posto, Možemo 11 posto'],
    ['poll', 'Obrađeno 60% biračkih mjesta: Milanović 52, Primorac 48'],
    ['campaign', 'U nedjelju glasajte za HDZ!'],
    ['campaign', 'Nijedan glas SDP-u, zaokružite Domovinski pokret!'],
    ['harmless', 'Ne zaboravite u nedjelju izaći na izbore, svaki glas je važan'],
    ['negation', 'DIP upozorava: ne dijelite procurjele dokumente, to je kazneno djelo'],
    ['news', 'USKOK istražuje kako su procurili mailovi HDZ-a'],
    ['water leak', 'Curi nam voda iz cijevi, vodoinstalater dolazi sutra'],
    ['water leak', 'Procurio trailer novog filma'],
    ['sports score', 'Dinamo pobijedio 3:1, sjajna utakmica'],
    ['product survey', 'Ispunite anketu o zadovoljstvu kupaca i ostvarite popust od 20 posto'],
  ],
  bs: [
    ['leak', 'Procurili mailovi SDA, evo linka, preuzmite prije nego obrišu'],
    ['poll', 'Nova anketa: SNSD 35 posto, SDS 20 posto'],
    ['campaign', 'Glasajte za SDA u nedjelju!'],
    ['harmless', 'Ne zaboravite izaći na izbore u nedjelju'],
    ['negation', 'CIK upozorava: ne dijelite ukradene dokumente, to je krivično djelo'],
    ['news', 'Tužilaštvo istražuje hakerski napad na mejlove SNSD-a'],
    ['water leak', 'Curi voda iz bojlera, dolazi vodoinstalater'],
    ['sports score', 'Željezničar pobijedio 2:0, odlična utakmica'],
    ['product survey', 'Popunite anketu o zadovoljstvu kupaca i dobijte popust od 20 posto'],
  ],
  sr: [
    ['leak', 'Procureli mejlovi SNS-a, link u opisu, podelite pre nego što obrišu'],
    ['leak', 'Процурели мејлови СНС-а, линк у опису, поделите пре него што обришу'],
    ['poll', 'Anketa Faktor plus: SNS 47 odsto, SPS 9 odsto'],
    ['poll', 'Нова анкета: СНС 45 посто, СПН 25 посто'],
    ['campaign', 'Гласајте за СНС!'],
    ['campaign', 'Glasajte za SNS u nedelju!'],
    ['harmless', 'Не заборавите да изађете на изборе у недељу'],
    ['negation', 'Ne delite ukradene dokumente, to je krivično delo'],
    ['negation', 'Ово није цурење, мејлови СНС-а су лажни и нећу их делити'],
    ['news', 'Тужилаштво истражује хаковање мејлова СНС-а'],
    ['water leak', 'Цури вода из цеви, долази водоинсталатер'],
    ['sports score', 'Zvezda pobedila 3:1, sjajna utakmica'],
    ['product survey', 'Popunite anketu o zadovoljstvu kupaca i dobijte popust od 20 posto'],
  ],
  sl: [
    ['leak', 'V javnost so pricurljali maili SDS, povezava je v komentarju, prenesite jih preden izbrišejo'],
    ['leak', 'Hekerji so ukradli dokumente Gibanja Svoboda, vse je tukaj, delite'],
    ['poll', 'Nova anketa Mediane: SDS 30 odstotkov, Gibanje Svoboda 22 odstotkov'],
    ['poll', 'Po vzporednih volitvah SDS 29 %, GS 24 %'],
    ['campaign', 'V nedeljo volite SDS!'],
    ['harmless', 'Ne pozabite v nedeljo na volitve, vsak glas šteje'],
    ['negation', 'DVK opozarja: ne delite ukradenih dokumentov, to je kaznivo dejanje'],
    ['news', 'Policija preiskuje vdor v e-pošto SDS'],
    ['water leak', 'Iz cevi pušča voda, vodovodar pride jutri'],
    ['water leak', 'Pricurljal je napovednik novega filma'],
    ['sports score', 'Olimpija je zmagala s 3:1, odlična tekma'],
    ['product survey', 'Izpolnite anketo o zadovoljstvu kupcev in prejmite 20 % popusta'],
  ],
  bg: [
    ['leak', 'Изтекоха имейлите на предизборния щаб на ГЕРБ, линкът е в коментарите, свалете ги преди да ги изтрият'],
    ['leak', 'Хакнаха сървъра на ДПС, ето документите, споделяйте'],
    ['poll', 'Ново проучване на Алфа Рисърч: ГЕРБ 25 процента, ПП-ДБ 14 процента'],
    ['poll', 'Екзит пол: ДПС 17%, БСП 8%'],
    ['campaign', 'Гласувайте за ДПС в неделя!'],
    ['campaign', 'Нито един глас за ДПС!'],
    ['harmless', 'Не забравяйте да гласувате в неделя, всеки глас е важен'],
    ['negation', 'ЦИК предупреждава: не споделяйте откраднатите документи, това е престъпление'],
    ['news', 'Прокуратурата разследва изтичането на имейли от щаба на ГЕРБ'],
    ['water leak', 'Тече вода от тръбата, водопроводчикът идва утре'],
    ['water leak', 'Изтекоха снимки на новия iPhone'],
    ['sports score', 'Левски спечели с 3:1, страхотен мач'],
    ['product survey', 'Попълнете анкетата за удовлетвореност на клиентите и получете 20% намаление'],
  ],
  mk: [
    ['leak', 'Протекоа мејловите на ВМРО-ДПМНЕ, линкот е во коментар, симнете ги пред да ги избришат'],
    ['poll', 'Нова анкета: ВМРО-ДПМНЕ 30 проценти, СДСМ 18 проценти'],
    ['campaign', 'Гласајте за ВМРО-ДПМНЕ!'],
    ['harmless', 'Не заборавајте да гласате во недела'],
    ['negation', 'ДИК предупредува: не споделувајте ги украдените документи, тоа е кривично дело'],
    ['news', 'Обвинителството истражува како протекоа мејловите на СДСМ'],
    ['water leak', 'Тече вода од цевките, доаѓа водоинсталатер'],
    ['sports score', 'Вардар победи со 3:1, одличен натпревар'],
    ['product survey', 'Пополнете ја анкетата за задоволство на купувачите и добијте попуст од 20%'],
  ],
  sq: [
    ['leak', "Dolën në publik emailet e shtabit të PD, linku në koment, shkarkoni para se t'i fshijnë"],
    ['leak', 'Hakerët vodhën dokumentet e Partisë Socialiste, shpërndajeni'],
    ['poll', 'Sondazh i ri: PS 48 përqind, PD 35 përqind'],
    ['poll', 'Exit poll: Partia Socialiste prin me 52%'],
    ['campaign', 'Votoni për PS të dielën!'],
    ['campaign', 'Mos votoni PD, asnjë votë për Berishën!'],
    ['harmless', 'Mos harroni të votoni të dielën, çdo votë ka rëndësi'],
    ['negation', 'KQZ paralajmëron: mos i shpërndani dokumentet e vjedhura, është vepër penale'],
    ['news', 'SPAK heton përgjimet e zyrave të PS'],
    ['water leak', 'Rrjedh uji nga tubi, hidrauliku vjen nesër'],
    ['sports score', 'Partizani fitoi 3-1, ndeshje e bukur'],
    ['product survey', 'Plotësoni pyetësorin e kënaqësisë së klientëve dhe përfitoni 20% zbritje'],
  ],
};

describe.each(Object.keys(CASES))('%s', (lang) => {
  it('has a lexicon', () => {
    expect(LEXICONS[lang]).toBeDefined();
  });

  it.each((CASES[lang] ?? []).map(([kind, text]) => [kind, text] as const))('%s: %j', (kind, text) => {
    expect(classify(text).categories).toEqual(WANT[kind]);
  });

  it('covers every kind of post', () => {
    const kinds = new Set((CASES[lang] ?? []).map(([kind]) => kind));
    expect([...kinds].sort()).toEqual((Object.keys(WANT) as Kind[]).sort());
  });
});

/** The countries whose users get these lexicons, and the languages each must select. */
const COUNTRIES: [string, string[]][] = [
  ['AL', ['sq']],
  ['AM', ['hy']],
  ['BA', ['bs', 'hr', 'sr']],
  ['BG', ['bg']],
  ['CY', ['el', 'tr']],
  ['DK', ['da']],
  ['EE', ['et', 'ru']],
  ['FI', ['fi', 'sv']],
  ['GE', ['ka']],
  ['GR', ['el']],
  ['HR', ['hr']],
  ['HU', ['hu']],
  ['IS', ['is']],
  ['KG', ['ky', 'ru']],
  ['KZ', ['kk', 'ru']],
  ['LT', ['lt']],
  ['LV', ['lv', 'ru']],
  ['ME', ['sr', 'bs', 'sq']],
  ['MK', ['mk', 'sq']],
  ['NO', ['nb']],
  ['RS', ['sr']],
  ['SI', ['sl']],
  ['SK', ['sk']],
  ['TR', ['tr']],
];

describe('country languages', () => {
  it.each(COUNTRIES)('%s writes %j', (country, languages) => {
    expect(COUNTRY_LANGUAGES[country]).toEqual(languages);
  });

  it.each(Object.keys(CASES))('a user of a country speaking %s gets its lexicon', (lang) => {
    const countries = COUNTRIES.filter(([, languages]) => languages.includes(lang)).map(([country]) => country);
    expect(countries.length).toBeGreaterThan(0);
    for (const country of countries) expect(selectionFor([country], 'en', LEXICON_LANGUAGES).languages).toContain(lang);
  });

  it('Norwegian browsers (no, nn) get the Bokmål lexicon', () => {
    expect(selectionFor([], 'nn-NO', new Set(['en', 'nb'])).languages).toEqual(['en', 'nb']);
  });
});

describe('lexicon hygiene', () => {
  // Party and candidate names live in src/data/actors: a lexicon term that is one of them would tag it
  // for every country, and could disagree with the actor file's own view of it (ambiguous or not).
  const names = new Set<string>();
  for (const file of loadActors()) {
    for (const entry of [...file.parties, ...file.people]) {
      const terms = 'short' in entry ? [...entry.names, ...entry.short, ...entry.nicknames] : [...entry.names, ...entry.aliases];
      for (const term of terms) names.add(normalise(term).text);
    }
  }

  it.each(Object.keys(CASES))('%s names no party or candidate', (lang) => {
    const lexicon = LEXICONS[lang] ?? {};
    // Words read only right next to a number ("na 20 %", "5 puan") are not names.
    const named = Object.entries(lexicon)
      .filter(([tag]) => !POSITIONAL_TAGS.has(tag))
      .flatMap(([, terms]) => terms)
      .filter((term) => names.has(normalise(term.replace(/^\*|\*$/g, '')).text));
    expect(named).toEqual([]);
  });
});
