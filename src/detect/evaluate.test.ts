import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './classify.ts';
import { loadCorpus } from './corpus/corpus.ts';
import { evaluate, scores } from './evaluate.ts';

const corpus = loadCorpus();

describe('the labelled corpus', () => {
  it('has at least 600 items in at least 10 languages, about half of them negatives', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    const languages = new Set(corpus.map((item) => item.lang));
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ro']) expect(languages.has(lang), lang).toBe(true);
    expect(languages.size).toBeGreaterThanOrEqual(12);
    const negatives = corpus.filter((item) => item.labels.length === 0).length / corpus.length;
    expect(negatives).toBeGreaterThan(0.4);
    expect(negatives).toBeLessThan(0.6);
  });

  it('quotes real public posts with their URL, and keeps a holdout in every language', () => {
    expect(corpus.filter((item) => item.source !== 'written').length).toBeGreaterThanOrEqual(100);
    for (const lang of new Set(corpus.map((item) => item.lang))) {
      expect(corpus.some((item) => item.lang === lang && item.split === 'holdout'), lang).toBe(true);
    }
    expect(new Set(corpus.map((item) => item.id)).size).toBe(corpus.length);
  });
});

describe('detector quality on the development split (a regression guard; the holdout is scored by npm run eval)', () => {
  const result = evaluate(corpus.filter((item) => item.split === 'dev'));

  it.each(CATEGORIES)('%s F1 ≥ 0.9', (category) => {
    expect(result.perLabel[category].f1).toBeGreaterThanOrEqual(0.9);
  });

  it('any-risk precision ≥ 0.95', () => {
    expect(result.anyRisk.precision).toBeGreaterThanOrEqual(0.95);
  });
});

describe('scores', () => {
  it('computes precision, recall and F1, and treats "nothing to find, nothing found" as perfect', () => {
    expect(scores({ tp: 8, fp: 2, fn: 2 })).toMatchObject({ precision: 0.8, recall: 0.8, f1: expect.closeTo(0.8) });
    expect(scores({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scores({ tp: 0, fp: 3, fn: 1 }).f1).toBe(0);
  });
});
