import { describe, expect, it } from 'vitest';
import type { ActorsFile } from '../data/actors-schema.ts';
import { compilePatterns } from './compile.ts';
import { PatternSet } from './matcher.ts';
import { normalise } from './normalise.ts';

const source = { url: 'https://example.org/', title: 'test', kind: 'other' };
const file = (country: string, names: string[]) =>
  ({ country, asOf: '2026-12-01', parties: [{ id: 'p', names, short: [], nicknames: [], hashtags: [], listNumbers: [], ambiguous: [], source }], people: [], operations: [] }) as unknown as ActorsFile;

const entities = (files: ActorsFile[], text: string) => {
  const set = new PatternSet(compilePatterns({}, files));
  const normalised = normalise(text);
  return set.scan(normalised).map((m) => normalised.text.slice(m.start, m.end));
};

describe('names with the words their language attaches to them', () => {
  it('Korean: a particle may follow the name in the same word', () => {
    expect(entities([file('KR', ['더불어민주당'])], '더불어민주당에 투표하세요')).toEqual(['더불어민주당']);
    expect(entities([file('KR', ['더불어민주당'])], '더불어민주당 후보')).toEqual(['더불어민주당']);
  });

  it('Hebrew: and/the/in/to/from/that prefixes, and the article swallowed by ב, ל, כ', () => {
    const il = [file('IL', ['הליכוד', 'יש עתיד'])];
    expect(entities(il, 'כולם לליכוד')).toEqual(['לליכוד']);
    expect(entities(il, 'הצבעתי והליכוד')).toEqual(['והליכוד']);
    expect(entities(il, 'תצביעו ליש עתיד')).toEqual(['ליש עתיד']);
    expect(entities(il, 'ליכודניק')).toEqual([]);
  });

  it('Arabic: و ف ب ك ل and their pairs, with ل before the article dropping its alef', () => {
    const tn = [file('TN', ['النهضة'])];
    expect(entities(tn, 'صوتوا للنهضة')).toEqual(['للنهضه']);
    expect(entities(tn, 'والنهضة')).toEqual(['والنهضه']);
    expect(entities(tn, 'بالنهضة')).toEqual(['بالنهضه']);
    expect(entities(tn, 'النهضوي')).toEqual([]);
  });

  it('leaves lexicon terms and Latin names as written', () => {
    const set = new PatternSet(compilePatterns({ he: { election: ['בחירות'] } }, [file('FR', ['Renaissance'])]));
    expect(set.scan(normalise('לבחירות ורנסאנס vrenaissance'))).toEqual([]);
  });
});
