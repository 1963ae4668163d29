import { describe, expect, it } from 'vitest';
import { type Category, classify } from './classify.ts';

/**
 * One leak, one poll, one campaign post and one hard negative per language,
 * written for this test (not taken from the corpus), so it checks that the
 * lexicons generalise beyond the items they were tuned on.
 */
const PER_LANGUAGE: [string, string, Category[]][] = [
  ['en', 'The hacked DNC emails are out, download them before they get deleted', ['leak']],
  ['en', 'New poll: Labour 41%, Conservatives 24%', ['poll']],
  ['en', 'Vote Labour on Thursday!', ['campaign']],
  ['en', 'Water leak under the sink again, the plumber is coming tomorrow', []],
  ['fr', 'Les mails piratés d’En Marche sont en ligne, téléchargez-les ici', ['leak']],
  ['fr', 'Sondage Ifop : Macron 24 %, Le Pen 22 %', ['poll']],
  ['fr', 'Dimanche, votez Mélenchon !', ['campaign']],
  ['fr', 'Fuite d’eau sous l’évier, le plombier arrive demain', []],
  ['de', 'Die gehackten E-Mails der CDU sind online, hier der Link zum Download', ['leak']],
  ['de', 'Neue Umfrage: AfD bei 21 Prozent, SPD bei 16 Prozent', ['poll']],
  ['de', 'Am Sonntag alle die Grünen wählen!', ['campaign']],
  ['de', 'Wasserrohrbruch im Keller, der Klempner kommt morgen', []],
  ['es', 'Se han filtrado los correos del PSOE, descargadlos antes de que los borren', ['leak']],
  ['es', 'Última encuesta: PP 33%, PSOE 28%, Vox 12%', ['poll']],
  ['es', 'Este domingo votad a Podemos, ¡sí se puede!', ['campaign']],
  ['es', 'Tengo una fuga de agua en el baño otra vez', []],
  ['it', 'Le mail hackerate della Lega sono online, scaricatele subito', ['leak']],
  ['it', 'Sondaggio: Fratelli d’Italia al 29%, PD al 22%', ['poll']],
  ['it', 'Domenica votate Lega, prima gli italiani!', ['campaign']],
  ['it', 'Perdita d’acqua dal soffitto, chiamo l’idraulico', []],
  ['pt', 'Os e-mails vazados do PT estão aqui, baixem antes que apaguem', ['leak']],
  ['pt', 'Pesquisa Datafolha: Lula 45%, Bolsonaro 38%', ['poll']],
  ['pt', 'Domingo vote em Lula, 13 confirma!', ['campaign']],
  ['pt', 'Vazamento de água na cozinha, chamei o encanador', []],
  ['nl', 'De gelekte e-mails van de VVD staan online, download ze hier', ['leak']],
  ['nl', 'Peiling: PVV 35 zetels, GroenLinks-PvdA 25 zetels', ['poll']],
  ['nl', 'Stem woensdag op GroenLinks!', ['campaign']],
  ['nl', 'Lekkage in de badkamer, de loodgieter komt morgen', []],
  ['pl', 'Wyciekły maile Dworczyka, tu jest link do pobrania', ['leak']],
  ['pl', 'Sondaż: PiS 35 proc., KO 31 proc.', ['poll']],
  ['pl', 'Głosujcie na Konfederację w niedzielę!', ['campaign']],
  ['pl', 'Kran znowu cieknie, hydraulik przyjdzie jutro', []],
  ['ro', 'Mailurile piratate ale PSD au apărut, descărcați-le aici', ['leak']],
  ['ro', 'Sondaj: PSD 30%, PNL 25%, AUR 20%', ['poll']],
  ['ro', 'Duminică votați USR!', ['campaign']],
  ['ro', 'Avem o scurgere la chiuvetă, vine instalatorul', []],
  ['sv', 'De läckta mejlen från Moderaterna ligger ute, ladda ner dem här', ['leak']],
  ['sv', 'Ny mätning: Socialdemokraterna 34 procent, SD 20 procent', ['poll']],
  ['sv', 'Rösta på Centerpartiet på söndag!', ['campaign']],
  ['sv', 'Läcka i köket igen, rörmokaren kommer i morgon', []],
  ['cs', 'Uniklé e-maily hnutí ANO jsou venku, stáhněte si je tady', ['leak']],
  ['cs', 'Průzkum: ANO 33 %, ODS 15 %', ['poll']],
  ['cs', 'Hlasujte pro Piráty!', ['campaign']],
  ['cs', 'Kape nám kohoutek, instalatér přijde zítra', []],
  ['ru', 'Слили переписку штаба Единой России, качайте по ссылке', ['leak']],
  ['ru', 'Опрос: Путин 76%, Харитонов 4%', ['poll']],
  ['ru', 'Голосуйте за КПРФ в воскресенье!', ['campaign']],
  ['ru', 'У нас опять течёт кран, сантехник придёт завтра', []],
  ['uk', 'Злили листування штабу Порошенка, ось посилання', ['leak']],
  ['uk', 'Опитування: Зеленський 30%, Порошенко 17%', ['poll']],
  ['uk', 'Голосуйте за Слугу народу!', ['campaign']],
  ['uk', 'Знову тече кран, сантехнік прийде завтра', []],
];

describe.each([...new Set(PER_LANGUAGE.map(([lang]) => lang))])('%s', (lang) => {
  it.each(PER_LANGUAGE.filter(([l]) => l === lang).map(([, text, want]) => [text, want] as const))('%j → %j', (text, want) => {
    expect(classify(text).categories).toEqual(want);
  });
});

describe('evasion tricks', () => {
  it.each([
    ['leetspeak', 'new M4cr0nL34ks mirror is up'],
    ['spaced letters', 'M A C R O N L E A K S, le lien est dans ma bio'],
    ['look-alike letters', 'Les mails piratés de Масrоn sont là, diffusez'],
    ['missing accents', 'les mails de macron ont fuite, telechargez vite'],
    ['ALL CAPS', 'LES MAILS DE MACRON ONT FUITÉ'],
    ['hashtag', '#MacronLeaks'],
    ['emoji and URL', 'Tout est là 👉 https://pastebin.com/x #MacronLeaks 🔥'],
    ['zero-width characters', 'Macron\u200bLeaks'],
    ['mixed languages', 'French media can\'t say a word tonight, so voilà: le lien vers les #MacronLeaks'],
    ['full-width letters', 'ＭａｃｒｏｎＬｅａｋｓ'],
  ])('%s', (_trick, text) => {
    expect(classify(text).categories).toContain('leak');
  });
});

describe('neutral reminders to vote are not campaigning', () => {
  it.each([
    "Don't forget to vote in the election today!",
    'Go vote today, every vote counts in this election',
    "N'oubliez pas d'aller voter pour l'élection présidentielle dimanche",
    'Vergesst nicht, am Sonntag zur Wahl zu gehen!',
    'No olvides votar en las elecciones del domingo',
    'Non dimenticate di votare alle elezioni di domenica',
    'Não se esqueça de votar nas eleições de domingo',
    'Vergeet niet te stemmen bij de verkiezingen!',
    'Nie zapomnijcie pójść na wybory w niedzielę',
    'Nu uitați să mergeți la vot duminică la alegeri',
    'Glöm inte att rösta i valet på söndag!',
    'Nezapomeňte jít k volbám!',
    'Не забудьте прийти на выборы в воскресенье',
    'Не забудьте прийти на вибори в неділю',
    'The election commission reported 65% turnout at 6pm',
    "Trump's rally was cancelled because of the storm",
  ])('%j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});
