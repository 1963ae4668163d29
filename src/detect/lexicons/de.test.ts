import { describeLanguage } from './language-cases.ts';

/** German as posts write it: first-person and "your vote" calls, reports by the press, the hackers' own words. */
describeLanguage('de', [
  ['leak', 'Die geleakten Mails von Habeck, hier zum Download', ['leak']],
  ['leak', 'Interne Chats der Grünen geleakt! Lest selbst', ['leak']],
  ['poll', 'Die Sonntagsfrage sieht die AfD bei 22 Prozent', ['poll']],
  ['poll', 'Nachwahlbefragung: AfD stärkste Kraft in Thüringen', ['poll']],
  ['campaign', 'Meine Stimme geht an die SPD', ['campaign']],
  ['campaign', 'Ich wähle AfD, und ihr?', ['campaign']],
  ['campaign', 'Gib der CDU deine Stimme', ['campaign']],
  ['harmless', 'Ich habe heute gewählt, die Schlange war lang', []],
  ['negation', 'Bitte teilt die geleakten Dokumente der Grünen nicht, das ist strafbar', []],
  ['news', 'Die AfD-Chats wurden geleakt, meldet der Spiegel', []],
  ['news', 'Hacker haben die Daten der SPD-Mitglieder erbeutet, wie die Partei mitteilte', []],
  ['news', 'Nach dem Hackerangriff auf die CDU: BSI bestätigt Datenabfluss', []],
  ['lookalike', 'Rohrbruch: Wasser ist in den Keller gelaufen, der Klempner kommt', []],
  ['lookalike', 'Die Umfrage zu unserem Kundenservice: 87 Prozent zufrieden', []],
]);
