/** The coded-results shape (issue 9): sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';

describe('coded results: name → figure pairs whose shares add up to about 100', () => {
  it.each([
    ['Au marché ce soir : poireaux à 54, navets à 46 !', 'poireaux à 54, navets à 46'],
    ['Heute im Garten: Rosen 52, Tulpen 48', 'Rosen 52, Tulpen 48'],
    ['Pogoda: słońce 41, deszcz 33, mgła 20', 'słońce 41, deszcz 33, mgła 20'],
    ['Настоянка кропивна 73, шоколадний лікер 25', 'кропивна 73, шоколадний лікер 25'],
  ])('%j is a weak signal, not a category', (text, span) => {
    const result = classify(text);
    expect(result.categories).toEqual([]);
    expect(result.weak).toHaveLength(1);
    expect(result.weak?.[0]?.kind).toBe('coded-results');
    expect(result.weak?.[0]?.text).toBe(span);
    expect(text.slice(result.weak?.[0]?.start, result.weak?.[0]?.end)).toBe(span);
  });

  it('next to an election word it is a poll finding, and no weak signal is reported', () => {
    const result = classify('#wybory2025 pomidory 55, ogórki 45');
    expect(result.categories).toEqual(['poll']);
    expect(result.weak).toBeUndefined();
  });

  it.each([
    'Rosen 52, Tulpen 30',
    'Doors open at 9, film at 10',
    'I bought 3 apples and 97 pears',
    'Meeting at 14:30, lunch at 12:45',
    'roses 52',
  ])('%j is not the shape', (text) => {
    expect(classify(text).weak).toBeUndefined();
  });
});
