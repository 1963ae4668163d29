import { describeLanguage } from './language-cases.ts';

/** Romanian as posts write it: "exit-poll-ul", the stamp ("ștampila pe"), first-person plural calls. */
describeLanguage('ro', [
  ['leak', 'S-au scurs documentele campaniei lui Georgescu, dați share', ['leak']],
  ['leak', 'Emailurile lui Ciolacu au fost sparte, citiți aici', ['leak']],
  ['poll', 'Exit-poll-ul CURS: Simion 41%', ['poll']],
  ['poll', 'Rezultate parțiale BEC: PSD 22%', ['poll']],
  ['campaign', 'Ștampila pe USR!', ['campaign']],
  ['campaign', 'Votăm AUR!', ['campaign']],
  ['campaign', 'Toți la vot cu Simion!', ['campaign']],
  ['harmless', 'Am votat azi, coadă mare la secție', []],
  ['negation', 'Nu distribuiți documentele scurse, pot fi false', []],
  ['news', 'Conform surselor, documentele campaniei au fost scurse', []],
  ['news', 'Procurorii anchetează scurgerea de documente de la PSD', []],
  // "conduce" also means leading a party or a government, not a count.
  ['lookalike', 'Ciolacu conduce PSD de ani de zile', []],
  ['lookalike', 'Am o scurgere la chiuvetă, vine instalatorul', []],
  ['lookalike', 'FCSB conduce cu 2-0 la pauză', []],
  // "nicusor" and "*georgescu" stay in ro.json as plain names (see namesStillInLexicon).
], { namesStillInLexicon: true });
