/** Vote counts bound to names, and coded lists written without commas (issue 9): sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classify } from '../classify.ts';

describe('vote counts and lists without commas', () => {
  it.each([
    // A count with a votes word after a name no actor file knows (figures.ts: a seats/votes word binds it).
    'Z komisji: Kowalski 312 głosów, Nowak 280 głosów',
    'Dans mon bureau : Dupont 312 voix, Martin 280 voix',
    // Name, share, name, share with spaces only (coded-results.ts), next to a voting word.
    '우리 동네 투표소 김철수 54 박영희 46',
  ])('%j is a poll', (text) => {
    expect(classify(text).categories).toContain('poll');
  });

  it.each([
    // A range is written smallest first; a count with no votes word after a name stays weak.
    'Volební místnosti ANO otevřené od 40 do 60',
    'Z komisji: Kowalski 312, Nowak 280',
  ])('%j is not', (text) => {
    expect(classify(text).categories).not.toContain('poll');
  });
});
