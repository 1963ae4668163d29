import { describeLanguage } from './language-cases.ts';

/** Bokmål, with Nynorsk forms in the same lexicon (Norwegian users get it for `no`, `nb` and `nn`). */
describeLanguage('nb', [
  ['leak', 'Arbeiderpartiets interne e-poster er lekket, lenke i bio, last ned før de blir slettet', ['leak']],
  ['leak', 'Hackere har lagt ut Fremskrittspartiets dokumenter, del videre!', ['leak']],
  ['poll', 'Ny måling fra Norstat: Arbeiderpartiet 27 prosent, Fremskrittspartiet 24 prosent', ['poll']],
  ['poll', 'Valgdagsmåling: Jonas Gahr Støre leder klart', ['poll']],
  ['campaign', 'Stem på Fremskrittspartiet på mandag!', ['campaign']],
  ['campaign', 'Ikke stem på Arbeiderpartiet', ['campaign']],
  ['campaign', 'Røyst på Senterpartiet!', ['campaign']],
  ['harmless', 'Husk å stemme på mandag, valglokalet åpner klokka 9', []],
  ['harmless', 'Vi drar på hytta i helgen', []],
  ['negation', 'Ikke del de lekkede e-postene fra Arbeiderpartiet, de kan være falske', []],
  ['news', 'Politiet etterforsker dataangrepet mot Arbeiderpartiets e-poster', []],
  ['news', 'Ap-leder Jonas Gahr Støre besøkte Bergen i dag', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Ifølge avisen er valgkampens interne e-poster lekket', []],
  ['lookalike', 'Vannlekkasje på badet, røret har lekket hele natta', []],
  ['lookalike', 'Rosenborg vant kampen 3-1', []],
  ['lookalike', 'Kundetilfredshet: 92 prosent er fornøyde med oss', []],
]);
