/** Leak relays against warnings, fact-checks and non-election leaks (issue 9): sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';

describe('a leak relayed in an election', () => {
  it.each([
    // The sharing intent ends the post, more than 8 words after the files.
    'the whole inbox of the Labour general secretary is up on some forum now, link in bio, go read',
    'Voici les mails piratés du RN, lien miroir en commentaire, téléchargez avant suppression',
  ])('%j is a leak', (text) => {
    expect(classify(text).categories).toContain('leak');
  });
});

describe('a warning, a fact-check or a leak outside elections', () => {
  it.each([
    // A warning a sentence long: the blocker sits more than 6 words from the leak.
    'Teilt bitte die gestohlenen Mails der CDU aus dem Wahlkampf nicht weiter, Leute',
    'Rappel : relayer les mails piratés d’un candidat à la présidentielle peut être une infraction.',
    '自民党の陣営から盗まれたとされるメールは拡散しないでください',
    'pls don’t RT the hacked Labour emails going round',
    // Fact-check framing.
    'Les prétendus mails piratés du PS sont des faux, vérification faite',
    // "jak" is Polish for "how", not a Chilean candidate.
    'Wyciek danych z banku, zmieńcie hasła jak najszybciej',
  ])('%j is not a leak', (text) => {
    expect(classify(text).categories).not.toContain('leak');
  });
});
