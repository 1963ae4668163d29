import { describeLanguage } from './language-cases.ts';

/** Party names are matched as written in the actor files: inflected forms (Kokoomusta, Orpoa) are not yet. */
describeLanguage('fi', [
  ['leak', 'Kokoomuksen kampanjan sähköpostit vuodettiin, linkki biossa, lataa ennen kuin ne poistetaan', ['leak']],
  ['leak', 'Perussuomalaisten sisäiset asiakirjat vuotivat netiin, jakakaa eteenpäin!', ['leak']],
  ['poll', 'Yle: Kokoomus 21 prosenttia, SDP 20 prosenttia, perussuomalaiset 17 prosenttia', ['poll']],
  ['poll', 'Ovensuukysely: Alexander Stubb johtaa selvästi', ['poll']],
  ['campaign', 'Äänestä SDP:tä sunnuntaina!', ['campaign']],
  ['campaign', 'Älä äänestä Perussuomalaiset', ['campaign']],
  ['harmless', 'Muista äänestää sunnuntaina, äänestyspaikat aukeavat klo 9', []],
  ['harmless', 'Lähdemme mökille viikonloppuna', []],
  ['negation', 'Älä jaa vuodettuja sähköposteja, ne voivat olla väärennöksiä', []],
  ['news', 'Poliisi tutkii Kokoomuksen sähköpostien tietomurtoa', []],
  ['news', 'SDP:n puheenjohtaja Antti Lindtman vieraili Tampereella', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Iltalehti kertoo, että vaalikampanjan sähköpostit vuodettiin', []],
  ['lookalike', 'Kylpyhuoneessa on vesivuoto, putki vuotaa', []],
  ['lookalike', 'HJK voitti ottelun 3-1', []],
  ['lookalike', 'Asiakastyytyväisyys: 92 prosenttia on tyytyväisiä palveluumme', []],
]);
