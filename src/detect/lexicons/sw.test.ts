import { describeLanguage } from './language-cases.ts';

/** Swahili (Kenya, beside English). */
describeLanguage('sw', [
  ['leak', 'Barua pepe za kampeni ya ODM zimevuja, kiungo kwenye bio, pakua kabla hazijafutwa', ['leak']],
  ['leak', 'Wadukuzi wamechapisha nyaraka za UDA, sambazeni!', ['leak']],
  ['poll', 'Kura ya maoni ya TIFA: William Ruto asilimia 47, Raila Odinga asilimia 42', ['poll']],
  ['poll', 'Matokeo ya awali: Raila Odinga anaongoza', ['poll']],
  ['campaign', 'Mpigie kura William Ruto Jumanne!', ['campaign']],
  ['campaign', 'Usimpigie kura Raila Odinga', ['campaign']],
  ['harmless', 'Usisahau kupiga kura Jumanne, vituo vya kupigia kura vitafunguliwa saa 12', []],
  ['harmless', 'Wikendi hii tunaenda Mombasa', []],
  ['negation', 'Usisambaze nyaraka zilizovuja, huenda ni feki', []],
  ['news', 'Polisi wanachunguza kudukuliwa kwa barua pepe za ODM', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Kwa mujibu wa gazeti, barua pepe za kampeni ya ODM zimevuja', []],
  ['lookalike', 'Bomba la maji bafuni linavuja, tutamwita fundi bomba', []],
  ['lookalike', 'Gor Mahia ilishinda mechi 3-1', []],
  ['lookalike', 'Asilimia 92 ya wateja wameridhika', []],
]);
