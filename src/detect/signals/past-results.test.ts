/** Past results and splits said in words (issue 9): sentences written for this test, not taken from the corpus. */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';

describe('results of a past election are history, not an early result', () => {
  it.each([
    // Each fires without the past-year marker (the entity + figure and named-pair forms).
    'In 2015 the Conservatives got 36.9% and Labour 30.4%, a long time ago now',
    'W 2015 roku PiS dostał 37,6%, a PO 24,1%',
    '2017 holte die CDU 26,8 Prozent, die SPD 20,5 Prozent.',
    "2015'te AKP yüzde 49,5 almıştı",
    // The year ends the sentence.
    'Labour got 40% and the Tories 43.6% in 2019.',
  ])('%j is not a poll', (text) => {
    expect(classify(text).categories).not.toContain('poll');
  });

  it.each([
    // A year that names the election is no past marker.
    'Wybory 2025: Nawrocki 52, Trzaskowski 48, jeszcze dwie godziny',
    'Exit poll 2024: Labour 36%, Conservatives 22%',
  ])('%j is still a poll', (text) => {
    expect(classify(text).categories).toContain('poll');
  });
});

describe('a split said in words, the leader first', () => {
  it.each([
    ['dicen que Milei saca 55 contra 45 y aún no cerraron', '55 contra 45'],
    ['na minha seção tá 60 a 40 pro Lula', '60 a 40'],
    // Polling-station words do not cancel a split of about 100 next to a name.
    ['a las 6 va 53/47 para Sheinbaum según la gente de las casillas', '53/47'],
  ])('%j is a poll', (text, span) => {
    const result = classify(text);
    expect(result.categories).toContain('poll');
    expect(result.evidence.some((e) => e.text.includes(span))).toBe(true);
  });

  it.each([
    // A range is written smallest first.
    'en la mesa de Milei esperamos de 40 a 60 minutos',
    'Volební místnosti ANO otevřené od 40 do 60',
  ])('%j is not', (text) => {
    expect(classify(text).categories).not.toContain('poll');
  });
});
