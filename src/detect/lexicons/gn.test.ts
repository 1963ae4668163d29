import { describeLanguage } from './language-cases.ts';

/**
 * Guaraní as Paraguayans post it: mostly jopara, Guaraní verbs with Spanish stems (ojefiltra, pecompartí) and
 * Spanish nouns (correo, fiscalía) beside Guaraní ones, which the Spanish lexicon covers. Party and candidate
 * names come from actors/PY.json.
 */
describeLanguage('gn', [
  ['leak', "Ojefiltra umi kuatia ANR mba'e, pecompartí oñembogue mboyve, link comentario-pe", ['leak']],
  ['leak', "Ojehackea Partido Colorado correo, ko'ápe oĩ opaite kuatia, pemoherakuã!", ['leak']],
  ['poll', 'Ñeporandu ipyahúva: Santiago Peña 45 porsiento, Efraín Alegre 30 porsiento', ['poll']],
  ['poll', 'Ñeporandu: ANR oĩ tenondépe', ['poll']],
  ['poll', 'ANR ogana 54 porsiento', ['poll']],
  ['campaign', 'Arapokõi pevota Santiago Peña!', ['campaign']],
  ['campaign', 'Javota Efraín Alegre, ñande kandidato!', ['campaign']],
  // Against: the negative imperative (ani re-) and "I will not vote" (nda-…-mo'ãi).
  ['campaign', 'Ani revota ANR', ['campaign']],
  ['campaign', "Ndavotamo'ãi Payo Cubas", ['campaign']],
  // "ko" (this) is Guaraní's commonest word, not Poland's KO, before a call to vote with no one named.
  ['harmless', 'Ko arapokõi ñaha javota, mesa ojeabri aravo 7-pe', []],
  ['harmless', "Ko'ẽ porã opavavépe, ko árape oky", []],
  ['negation', "Ani pecompartí umi kuatia ojefiltráva ANR mba'e, ijapu ikatu", []],
  ['news', 'Marandu: fiscalía oinvestiga ANR correo ojehackeáva', []],
  // Reported by a newspaper, not passed on: "as ABC Color says" cancels the leak.
  ['news', "ABC Color he'iháicha, ojefiltra ANR kuatiakuéra", []],
  ['lookalike', "Osyry y che kosina-pe, tubo oñembyai", []],
  ['lookalike', 'Olimpia ogana 3-1 Cerro Porteño-pe', []],
  ['lookalike', "92 porsiento cliente ovy'a ñande servicio rehe", []],
]);
