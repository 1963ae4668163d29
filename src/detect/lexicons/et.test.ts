import { describeLanguage } from './language-cases.ts';

/** Party names are matched as written in the actor files: most case forms (Reformierakonnale) are not yet. */
describeLanguage('et', [
  ['leak', 'Reformierakonna kampaania e-kirjad lekkisid, link bios, laadige alla enne kui need kustutatakse', ['leak']],
  ['leak', 'Häkkerid avaldasid Keskerakonna sisedokumendid, jagage edasi!', ['leak']],
  ['poll', 'Uus küsitlus: Isamaa 28 protsenti, Reformierakond 17 protsenti, EKRE 13 protsenti', ['poll']],
  ['poll', 'Emor: Eesti 200 juhib, Reformierakond langeb', ['poll']],
  ['campaign', 'Hääletage pühapäeval Reformierakond!', ['campaign']],
  ['campaign', 'Ärge hääletage EKRE poolt', ['campaign']],
  ['harmless', 'Ära unusta pühapäeval hääletada, valimisjaoskonnad avatakse kell 9', []],
  ['harmless', 'Läheme nädalavahetusel maale', []],
  ['negation', 'Ärge jagage lekkinud e-kirju, need võivad olla võltsing', []],
  ['news', 'Politsei uurib Reformierakonna e-kirjade häkkimist', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Ajakirjaniku andmetel lekkisid Reformierakonna kampaania e-kirjad', []],
  ['lookalike', 'Vannitoas on veeleke, toru lekib', []],
  ['lookalike', 'Flora võitis mängu 3-1', []],
  ['lookalike', 'Kliendirahulolu: 92 protsenti on rahul', []],
]);
