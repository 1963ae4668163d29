import { describeLanguage } from './language-cases.ts';

/** Party names are matched as written in the actor files: case forms (Nemuno aušrą) are not yet. */
describeLanguage('lt', [
  ['leak', 'LSDP rinkimų kampanijos el. laiškai nutekinti, nuoroda bio, atsisiųskite kol neištrynė', ['leak']],
  ['leak', 'Programišiai įsilaužė į Nemuno aušros serverius, vidiniai dokumentai paviešinti, dalinkitės!', ['leak']],
  ['poll', 'Vilmorus apklausa: LSDP 20 proc., TS-LKD 15 proc., LVŽS 9 proc.', ['poll']],
  ['poll', 'Baltijos tyrimai: Gitanas Nausėda pirmauja', ['poll']],
  ['campaign', 'Balsuokite už LSDP sekmadienį!', ['campaign']],
  ['campaign', 'Nebalsuokite už LVŽS', ['campaign']],
  ['harmless', 'Nepamirškite sekmadienį balsuoti, rinkimų apylinkės atsidaro 7 valandą', []],
  ['harmless', 'Savaitgalį važiuojame į kaimą', []],
  ['negation', 'Nesidalinkite nutekintais laiškais, tai gali būti klastotė', []],
  ['news', 'Policija tiria LSDP el. laiškų nulaužimą', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Pasak žurnalistų, LSDP rinkimų kampanijos el. laiškai nutekinti', []],
  ['lookalike', 'Vonios kambaryje teka vanduo, vamzdis prakiuro', []],
  ['lookalike', 'Žalgiris laimėjo rungtynes 3-1', []],
  ['lookalike', 'Klientų pasitenkinimas: 92 procentai patenkinti', []],
]);
