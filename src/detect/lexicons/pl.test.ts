import { describeLanguage } from './language-cases.ts';

/** Polish as posts write it: "wszyscy na", list numbers, "sondażowe", reports "jak podaje". */
describeLanguage('pl', [
  ['leak', 'Wyciek z PiS: tajne dokumenty partii w sieci, udostępniajcie', ['leak']],
  ['leak', 'Hakerzy włamali się na skrzynkę sztabu, maile tutaj', ['leak']],
  ['poll', 'Late poll: Nawrocki 50,3, Trzaskowski 49,7', ['poll']],
  ['poll', 'Sondażowe wyniki z komisji: KO 31 proc.', ['poll']],
  ['campaign', 'Oddaj głos na listę nr 4', ['campaign']],
  ['campaign', 'W niedzielę wszyscy na Konfederację', ['campaign']],
  ['harmless', 'Byłem dziś na wyborach, frekwencja duża', []],
  ['negation', 'Nie udostępniajcie wykradzionych maili sztabu, to dezinformacja', []],
  ['news', 'Jak podaje Onet, do sieci wyciekły maile sztabu', []],
  ['news', 'Prokuratura wszczęła śledztwo w sprawie wycieku maili Dworczyka', []],
  // False friends: French "interne(s)" once matched "internecie"; "prowadzi" also means running a campaign.
  ['lookalike', 'PiS prowadzi kampanię w internecie', []],
  ['lookalike', 'Tusk prowadzi rozmowy z koalicjantami', []],
  ['lookalike', 'Wyciek wody w łazience, trzeba wezwać hydraulika', []],
]);
