import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns } from './classify.ts';
import { LEXICONS } from './lexicons/index.ts';
import { PatternSet, type ScanStats } from './matcher.ts';
import { normalise } from './normalise.ts';

const set = new PatternSet(compilePatterns(LEXICONS));

describe('pattern matching cost', () => {
  it('walks a number of transitions linear in the input, whatever the input', () => {
    // Inputs built from pattern fragments are the worst case for fail-link walks.
    const fragments = ['a', 'aa', 'leak', 'lea', 'macron', 'mac', 'e', ' ', 'email', 'em', 'fuit', '#', '4', '0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 400 }), (parts) => {
        const input = normalise(parts.join(''));
        const stats: ScanStats = { steps: 0 };
        set.scan(input, stats);
        // Each character costs one transition plus at most its fail-chain walk, amortised by
        // depth, plus reported outputs: bounded by a small constant per character.
        expect(stats.steps).toBeGreaterThanOrEqual(input.text.length);
        expect(stats.steps).toBeLessThanOrEqual(8 * input.text.length + 8);
      }),
      { numRuns: 300 },
    );
  });

  it('scales linearly on adversarial repetition', () => {
    const steps = (n: number) => {
      const stats: ScanStats = { steps: 0 };
      set.scan(normalise('lea'.repeat(n) + 'aaaa '.repeat(n)), stats);
      return stats.steps;
    };
    const small = steps(1_000);
    const large = steps(10_000);
    expect(large / small).toBeLessThan(11);
  });
});

describe('boundaries', () => {
  it('matches whole words unless the pattern allows infixes', () => {
    const patterns = new PatternSet([
      { text: 'leak', tag: 'word', infixStart: false, infixEnd: false },
      { text: 'leaks', tag: 'suffix', infixStart: true, infixEnd: false },
    ]);
    const tags = (text: string) => patterns.scan(normalise(text)).map((m) => m.tag);
    expect(tags('a leak')).toEqual(['word']);
    expect(tags('pleak')).toEqual([]);
    expect(tags('wikileaks')).toEqual(['suffix']);
    expect(tags('#MacronLeak')).toEqual(['word']); // camel-case break
  });
});

describe('building in slices', () => {
  it('pauses between slices and builds the same set as at once', () => {
    const patterns = compilePatterns(LEXICONS);
    const steps = PatternSet.steps(patterns);
    let pauses = 0;
    let step = steps.next();
    while (step.done !== true) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThan(3);
    const text = normalise('Les mails de Macron ont fuité : #MacronLeaks, sondage Ifop 52 %');
    expect(step.value.scan(text)).toEqual(set.scan(text));
  });
});

describe('hashtags', () => {
  it('a hashtag-only pattern matches the word only when written after #', () => {
    const patterns = new PatternSet([{ text: 'pas', tag: 'party', infixStart: false, infixEnd: false, wholeWord: true, hashtag: true }]);
    const tags = (text: string) => patterns.scan(normalise(text)).map((m) => m.tag);
    expect(tags('Votați #PAS duminică')).toEqual(['party']);
    expect(tags('ne partagez pas')).toEqual([]);
    expect(tags('#PASdeLeaks')).toEqual([]);
  });
});

describe('scripts written without spaces', () => {
  const patterns = new PatternSet(compilePatterns({ test: { entity: ['自民', '共産党', '*民党'], election: ['出口調査', 'ผลโพล'] } }));
  const found = (text: string) => patterns.scan(normalise(text)).map((m) => normalise(text).text.slice(m.start, m.end).replaceAll(' ', ''));

  it('matches a term whichever way the segmenter cut it in the draft', () => {
    // The dictionary cuts "自民に" as 自|民|に and "共産党に" as 共産|党|に, but the terms alone differently.
    expect(normalise('自民に入れて').text).toBe('自 民 に 入れ て');
    expect(found('自民に入れて')).toEqual(['自民']);
    expect(found('共産党に一票を')).toEqual(['共産党']);
    expect(found('出口調査によると')).toEqual(['出口調査']);
    expect(found('ผลโพลล่าสุด')).toEqual(['ผลโพล']);
  });

  it('still needs the term to start and end where the segmenter put word boundaries', () => {
    expect(found('自民党員')).not.toContain('自民');
  });

  it('steps over segment spaces for terms that may start inside a word too', () => {
    expect(found('国民党')).toContain('民党');
  });

  it('never steps over a space that was written', () => {
    expect(found('自民 に')).toEqual(['自民']);
    expect(found('共産 党')).toEqual([]);
  });
});
