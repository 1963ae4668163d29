/** Results bound to names no actor file knows (issue 9): sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';

describe('figures bound to names no actor file knows', () => {
  it.each([
    ['Kowalczyk 52%, Nowakowski 48% w naszej komisji', '52%, Nowakowski 48%'],
    ['primeros datos: Ramírez 55%, Ortega 45%', '55%, Ortega 45%'],
    ['Pierwsze wyniki z komisji: Kowalczyk 61 proc.', 'wyniki z komisji: Kowalczyk 61 proc'],
    ['Results so far in my ward: Hargreaves 412, Okafor 389', 'Results so far in my ward: Hargreaves 412'],
  ])('%j is a poll', (text, span) => {
    const result = classify(text);
    expect(result.categories).toEqual(['poll']);
    expect(result.evidence.map((e) => e.text)).toContain(span);
  });

  it.each([
    // Capitals that say nothing: a shouted draft, a sentence's first word with a bare number.
    'SONDAŻ: KTÓRA PIZZA JEST NAJLEPSZA? HAWAJSKA 40%, MARGHERITA 35%',
    'Kowalczyk 61 lat, emeryt z Gdańska',
    // A result word and a share of nobody.
    'Survey results: 58% of customers prefer the new app',
  ])('%j is not', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});
