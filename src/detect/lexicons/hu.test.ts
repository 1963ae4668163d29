import { describeLanguage } from './language-cases.ts';

/**
 * Hungarian as posts write it: names with their case endings (Fideszre, Orbán Viktorra, DK-ra), "szerint"
 * (according to) framing a leak as a press report, and non-election leaks.
 */
describeLanguage('hu', [
  ['leak', 'Kiszivárogtak a Fidesz kampánystábjának e-mailjei, link a kommentben, töltsétek le amíg lehet', ['leak']],
  ['leak', 'Feltörték a Tisza Párt szerverét, itt vannak a dokumentumok, osszátok!', ['leak']],
  ['leak', 'Kiszivárgott Orbán Viktor hangfelvétele, hallgassátok meg!', ['leak']],
  ['poll', 'Friss közvélemény-kutatás: Fidesz 41%, Tisza 39%', ['poll']],
  ['poll', 'Exit poll: a Fidesz vezet', ['poll']],
  ['poll', 'Első eredmények: Fidesz 45%, Tisza 42%', ['poll']],
  ['campaign', 'Vasárnap mindenki a Fideszre szavazzon!', ['campaign']],
  ['campaign', 'Egy szavazatot se a Fidesznek!', ['campaign']],
  ['campaign', 'Szavazz Magyar Péterre!', ['campaign']],
  ['campaign', 'Vasárnap a Tisza Pártra szavazunk', ['campaign']],
  ['campaign', 'Mindenki szavazzon Orbán Viktorra!', ['campaign']],
  ['campaign', 'Vasárnap szavazzunk a DK-ra', ['campaign']],
  ['harmless', 'Vasárnap ne felejts el szavazni, a szavazókörök reggel 6-kor nyitnak', []],
  ['harmless', 'Orbán Viktor ma Brüsszelben tárgyalt', []],
  ['negation', 'Ne osszátok a kiszivárgott dokumentumokat, hamisak lehetnek', []],
  ['news', 'A rendőrség nyomoz a Fidesz e-mailjeinek feltörése miatt', []],
  // Reported by the press, not passed on: "szerint" (according to) cancels the leak.
  ['news', 'A 444 szerint kiszivárogtak a Tisza Párt belső levelei', []],
  ['news', 'Az Index szerint feltörték a Fidesz szerverét', []],
  ['lookalike', 'Csőtörés a fürdőszobában, jön a vízvezeték-szerelő', []],
  ['lookalike', 'A Ferencváros 3-1-re nyert', []],
  ['lookalike', 'Ügyfeleink 92%-a elégedett', []],
  ['lookalike', 'Kiszivárgott az új iPhone terve', []],
  ['lookalike', 'A részvétel délután 3-ig 52% volt', []],
]);
