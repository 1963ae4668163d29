/** Calls to vote for names no actor file knows (issue 9): sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';

describe('a call to vote and the name it calls for', () => {
  it.each([
    ['Wählt morgen Brenninger!', 'Wählt morgen Brenninger'],
    ['Sonntag alle zur Grünlinken!', 'alle zur Grünlinken'],
    ['Domani votate Ferraguti!', 'votate Ferraguti'],
    ['Głosujcie na Wiśniewską w niedzielę', 'Głosujcie na Wiśniewską'],
    ['Votați PNDR duminică!', 'Votați PNDR'],
    ['Vote for Jane Okafor on Thursday', 'Vote for Jane'],
    // The verb last: the name right before it, at the clause's end.
    ['Am Sonntag Brenninger wählen!', 'Brenninger wählen'],
    ["Yıldırımoğlu'na oy verin!", "Yıldırımoğlu'na oy verin"],
    // A hashtag that starts with the call.
    ['#VoteOkafor', '#VoteOkafor'],
    // A referendum's side.
    ['Vote yes on Sunday!', 'Vote yes'],
    // "la" is no party here (a lower-case two-letter word): the span ends at the side.
    ['Votați NU la referendum', 'Votați NU'],
    ['Głosujcie na TAK', 'Głosujcie na TAK'],
    // A time said between the call and the name is no word between them.
    ['Wählt am Samstag Obermaier in den Gemeinderat!', 'Wählt am Samstag Obermaier'],
    ['Vote on Thursday Okafor for mayor!', 'Vote on Thursday Okafor'],
  ])('%j is a campaign call', (text, span) => {
    const result = classify(text);
    expect(result.categories).toEqual(['campaign']);
    expect(result.evidence.map((e) => e.text)).toContain(span);
  });

  it.each([
    'Vote for the best pizza in town',
    'VOTE FOR THE BEST PIZZA IN TOWN',
    'Vote for your favourite Christmas Song',
    'Go vote today!',
    '#VoteEarly',
    '#Vote2026',
    'Geht wählen, Leute!',
    'Am Sonntag Wahlen!',
    // A generic call with a name but no election near: a country, a team.
    'Support Ukraine!',
    'Choose Barcelona for your next holiday',
    // Reported, not called for.
    'Brenninger said: vote Brenninger on Sunday, according to the report',
    // "no" and "da" are also words of the sentence.
    'Votem no melhor pastel da feira',
    'Vote no later than 8 pm',
    'vote no matter who wins',
    // The capital starts the next sentence.
    'Ich gehe wählen. Brenninger ist mir egal',
    // German capitalises nouns: a weekday, a noun after an indefinite article, the subject after "der".
    'Am Samstag wählen wir im Sportverein einen neuen Kassenwart.',
    'Nächsten Dienstag wählt der Elternbeirat eine Vorsitzende.',
    'We vote on Monday for a new Treasurer of the chess club.',
  ])('%j is not', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});
