import { describeLanguage } from './language-cases.ts';

/** Party names are matched as written in the actor files: case forms (Jauno Vienotību) are not yet. */
describeLanguage('lv', [
  ['leak', 'Jaunās Vienotības kampaņas e-pasti ir nopludināti, saite bio, lejupielādējiet pirms tos izdzēš', ['leak']],
  ['leak', 'Hakeri uzlauza ZZS serveri, iekšējie dokumenti publiskoti, dalieties!', ['leak']],
  ['poll', 'SKDS aptauja: Jaunā Vienotība 18 procenti, ZZS 14 procenti, Nacionālā apvienība 11 procenti', ['poll']],
  ['poll', 'Exit poll: Evika Siliņa vadībā', ['poll']],
  ['campaign', 'Balsojiet par ZZS sestdien!', ['campaign']],
  ['campaign', 'Nebalsojiet par LPV', ['campaign']],
  ['harmless', 'Neaizmirstiet sestdien nobalsot, vēlēšanu iecirkņi atveras pulksten 7', []],
  ['harmless', 'Nedēļas nogalē brauksim uz laukiem', []],
  ['negation', 'Nedalieties ar nopludinātajiem e-pastiem, tas var būt viltojums', []],
  ['news', 'Policija izmeklē Jaunās Vienotības e-pastu uzlaušanu', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Portāls vēsta, ka Jaunās Vienotības kampaņas e-pasti ir nopludināti', []],
  ['lookalike', 'Vannas istabā tek ūdens, caurule ir bojāta', []],
  ['lookalike', 'Rīgas FC uzvarēja spēlē 3-1', []],
  ['lookalike', 'Klientu apmierinātība: 92 procenti ir apmierināti', []],
]);
