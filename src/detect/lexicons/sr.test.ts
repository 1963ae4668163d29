import { describeLanguage } from './language-cases.ts';

/** Serbian in Latin and Cyrillic script, as posts write it; the other kinds are in languages-eu.test.ts. */
describeLanguage('sr', [
  ['leak', 'Procureni mejlovi SNS-a, link u komentaru', ['leak']],
  ['leak', 'Процурели мејлови СНС-а, линк у коментару', ['leak']],
  ['poll', 'Prvi rezultati CeSID-a: SNS 46,7 odsto', ['poll']],
  ['poll', 'Анкета: СНС 47 одсто', ['poll']],
  ['campaign', 'Ne glasajte za SNS', ['campaign']],
  ['campaign', 'Не гласајте за СНС', ['campaign']],
  ['harmless', 'Danas sam glasao, gužva ispred biračkog mesta', []],
  ['negation', 'Ne delite procurele dokumente SNS-a, lažni su', []],
  ['news', 'Prema pisanju portala, hakeri su objavili mejlove SNS-a', []],
  ['news', 'Према писању портала, хакери су објавили мејлове СНС-а', []],
  ['lookalike', 'Curi voda iz cevi u kupatilu', []],
  ['lookalike', 'Zvezda vodi 2:0 protiv Partizana', []],
]);
