import { describeLanguage } from './language-cases.ts';

describeLanguage('da', [
  ['leak', 'Socialdemokratiets interne mails er lækket, link i bio, download dem før de bliver slettet', ['leak']],
  ['leak', 'Hackere har lagt Dansk Folkepartis dokumenter ud, del videre', ['leak']],
  ['poll', 'Ny måling fra Voxmeter: Socialdemokratiet 22 procent, Dansk Folkeparti 9 procent', ['poll']],
  ['poll', 'Exitpoll: Mette Frederiksen fører klart', ['poll']],
  ['campaign', 'Stem på Socialdemokratiet på tirsdag!', ['campaign']],
  ['campaign', 'Stem ikke på Dansk Folkeparti', ['campaign']],
  ['campaign', 'Sæt dit kryds ved Enhedslisten', ['campaign']],
  ['harmless', 'Husk at stemme på tirsdag, valgstederne åbner kl. 8', []],
  ['harmless', 'Vi skal på ferie i Skagen i næste uge', []],
  ['negation', 'Del ikke de lækkede mails fra Socialdemokratiet, de kan være falske', []],
  ['news', 'Politiet efterforsker hackerangrebet på Socialdemokratiets mails', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Ifølge avisen er valgkampagnens interne mails blevet lækket', []],
  ['lookalike', 'Vi har en vandskade, røret i badeværelset er lækket', []],
  ['lookalike', 'Brøndby vandt kampen 3-1', []],
  ['lookalike', 'Kundetilfredshed: 92 procent er tilfredse med vores service', []],
]);
