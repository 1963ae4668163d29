import { describe, expect, it } from 'vitest';
import type { Evidence } from './categories.ts';
import { dedupe, toEvidence } from './evidence.ts';
import { normalise } from './normalise.ts';

const span = (category: Evidence['category'], start: number, end: number): Evidence => ({ category, start, end, text: '' });

describe('evidence', () => {
  it('drops spans inside another span of the same category, keeping order and one of each duplicate', () => {
    const input = [span('leak', 0, 10), span('poll', 2, 4), span('leak', 2, 4), span('leak', 2, 12), span('leak', 2, 12), span('poll', 3, 4)];
    expect(dedupe(input)).toEqual([span('leak', 0, 10), span('poll', 2, 4), span('leak', 2, 12)]);
  });

  it('widens a span to whole words, but a bounded distance into one giant word', () => {
    const text = `vote ${'ab'.repeat(5_000)}leaks now`;
    const normalised = normalise(text);
    const at = normalised.text.indexOf('leaks');
    const evidence = toEvidence('leak', text, normalised, at, at + 5);
    expect(evidence.text.endsWith('leaks')).toBe(true);
    expect(evidence.text.length).toBeLessThan(100);
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    const short = 'les #MacronLeaks ici';
    const n = normalise(short);
    expect(toEvidence('leak', short, n, n.text.indexOf('leaks'), n.text.indexOf('leaks') + 5).text).toBe('#MacronLeaks');
  });
});

describe('evidence in scripts with dropped marks', () => {
  it('keeps a word-final vowel sign the skeleton dropped', () => {
    const text = 'कल भाजपा जीती';
    const n = normalise(text);
    const at = n.text.indexOf(normalise('भाजपा').text);
    const evidence = toEvidence('campaign', text, n, at, at + normalise('भाजपा').text.length);
    expect(evidence.text).toBe('भाजपा');
  });
});
