import { describe, expect, it } from 'vitest';
import { HASHTAG_START, normalise } from './normalise.ts';

const skeleton = (text: string) => normalise(text).text;

describe('normalise', () => {
  it.each([
    ['Élection PRÉSIDENTIELLE', 'election presidentielle'],
    ['M4cr0nLeaks', 'macronleaks'],
    ['l e a k s', 'leaks'],
    ['L.E.A.K.S', 'leaks'],
    ['leeeeaks', 'leaks'],
    ['BBB', 'bbb'],
    ['Маcron', 'macron'], // Cyrillic М, а
    ['ＭＡＣＲＯＮ', 'macron'], // full-width
    ['le\u200baks', 'leaks'], // zero-width space
    ['52,3 %', '52.3 %'],
    ['Macron2017', 'macron2017'],
    ['@EmmanuelMacron', 'emmanuelmacron'],
    ['p@ris $ondage', 'paris sondage'],
    ["l'élection", 'l election'],
  ])('%j → %j', (input, expected) => {
    expect(skeleton(input)).toBe(expected);
  });

  it('marks the start of a word written after # (and only that word)', () => {
    const result = normalise('#RN et RN, ＃EnMarche');
    expect(result.text).toBe('rn et rn enmarche');
    expect(result.softBreaks[0]).toBe(HASHTAG_START);
    expect(result.softBreaks[6]).toBe(0);
    expect(result.softBreaks[9]).toBe(HASHTAG_START);
  });

  it('marks camel-case breaks inside hashtags as soft word boundaries', () => {
    const result = normalise('#MacronLeaks');
    expect(result.text).toBe('macronleaks');
    expect(result.softBreaks[6]).toBe(1);
  });

  it('keeps one offset entry per UTF-16 unit, even for letters outside the BMP', () => {
    const result = normalise('𝐀 𠀀x');
    expect(result.starts.length).toBe(result.text.length);
    expect(result.ends.length).toBe(result.text.length);
  });

  it('maps every output character back to its source range', () => {
    const text = 'Ｍ4cr0n ﬁn';
    const result = normalise(text);
    expect(result.text).toBe('macron fin');
    expect(text.slice(result.starts[0], result.ends[5])).toBe('Ｍ4cr0n');
    expect(text.slice(result.starts[7], result.ends[9])).toBe('ﬁn');
  });
});

describe('scripts', () => {
  it.each([
    ['Japanese: words from Intl.Segmenter', '出口調査によると自民党は35%', '出口 調査 による と 自民党 は 35 %'],
    ['Chinese', '国民党得票率为52%', '国民 党 得票 率 为 52 %'],
    ['Thai (tone and vowel marks dropped)', 'พรรคเพื่อไทย 45%', 'พรรค เพอ ไทย 45 %'],
    ['Korean syllables stay whole', '더불어민주당에 투표', '더불어민주당에 투표'],
    ['Greek final sigma folds like the capital', 'ΕΚΛΟΓΕΣ', normalise('εκλογες').text],
    ['Arabic tatweel is dropped', 'انتخـــابات', 'انتخابات'],
    ['a script change ends the word', 'abc自民党', 'abc 自民党'],
  ])('%s', (_what, input, expected) => {
    expect(skeleton(input)).toBe(expected);
  });

  const samples = [
    '出口調査によると自民党は35%',
    '据出口民调显示，国民党得票率为52%',
    'ผลการเลือกตั้งพรรคเพื่อไทย 45%',
    '더불어민주당에 투표하세요',
    'भाजपा को वोट दें',
    'ελεύθερες εκλογές ΣΥΡΙΖΑ',
    'הבחירות לכנסת: הליכוד 32',
    'الانتخابات البرلمانية ٢٠٢٤',
    'არჩევნები 2024 ქართული ოცნება',
    'ընտրություններ Քաղաքացիական պայմանագիր',
    'বাংলাদেশ আওয়ামী লীগ',
    '𝐌𝐚𝐜𝐫𝐨𝐧 𠀀𠀁 🗳️ leaks',
  ];

  it.each(samples)('maps every skeleton character to whole UTF-16 code points of the original: %s', (text) => {
    const result = normalise(text);
    expect(result.starts.length).toBe(result.text.length);
    for (let i = 0; i < result.text.length; i += 1) {
      const start = result.starts[i] as number;
      const end = result.ends[i] as number;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(start).toBeLessThanOrEqual(end);
      // Never inside a surrogate pair.
      for (const at of [start, end]) {
        const code = text.charCodeAt(at);
        expect(code >= 0xdc00 && code <= 0xdfff).toBe(false);
      }
      if (i > 0) expect(start).toBeGreaterThanOrEqual(result.starts[i - 1] as number);
    }
  });
});

describe('scripts of Europe and the Caucasus (exact offsets)', () => {
  /** Each skeleton character with the slice of the original it came from. */
  const pieces = (text: string) => {
    const result = normalise(text);
    return [...result.text].map((char, i) => [char, text.slice(result.starts[i], result.ends[i])]);
  };

  it('drops the Armenian emphasis, exclamation and question marks written inside a word', () => {
    const text = 'Քվեարկե՛ք, ինչո՞ւ վա՜յ';
    const result = normalise(text);
    expect(result.text).toBe('քվեարկեք ինչու վայ');
    // "ք" after the emphasis mark (offset 7) comes from offset 8; the mark itself maps to nothing.
    expect([...result.starts]).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 11, 11, 12, 13, 14, 16, 18, 18, 19, 21]);
    expect([...result.ends]).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 11, 12, 13, 14, 15, 17, 18, 19, 20, 22]);
  });

  it('keeps the Armenian comma and full stop as word breaks, and splits the ligature և', () => {
    expect(pieces('Այո՝ և։')).toEqual([
      ['ա', 'Ա'], ['յ', 'յ'], ['ո', 'ո'], [' ', ''], ['ե', 'և'], ['ւ', 'և'],
    ]);
  });

  it('folds Turkish dotted and dotless i, capital and small, each to one i from its own code unit', () => {
    const text = 'İYİ Işık ılık';
    const result = normalise(text);
    expect(result.text).toBe('iyi isik ilik');
    expect([...result.starts]).toEqual([0, 1, 2, 4, 4, 5, 6, 7, 9, 9, 10, 11, 12]);
    expect([...result.ends]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('ends a Turkish word at the apostrophe before a suffix', () => {
    expect(normalise('CHP’ye AKP\'nin').text).toBe('chp ye akp nin');
  });

  it('keeps the Kazakh and Kyrgyz letters, one skeleton letter per original letter', () => {
    const text = 'Қазақ әкім ғұң үөһі';
    const result = normalise(text);
    expect(result.text).toBe('қaзaқ әkim ғұң үөhi');
    expect([...result.starts]).toEqual([0, 1, 2, 3, 4, 6, 6, 7, 8, 9, 11, 11, 12, 13, 15, 15, 16, 17, 18]);
    expect([...result.ends]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('folds Georgian capitals (Mtavruli) to the ordinary letters', () => {
    expect(normalise('ᲐᲠᲩᲔᲕᲜᲔᲑᲘ').text).toBe(normalise('არჩევნები').text);
    expect(pieces('ᲐᲠ')).toEqual([['ა', 'Ა'], ['რ', 'Რ']]);
  });

  it('folds Greek accents, breathings and capitals, mapping the accented letter to itself', () => {
    expect(normalise('Ἐκλογές ΕΚΛΟΓΕΣ ψηφίστε').text).toBe(`${normalise('εκλογεσ').text} ${normalise('εκλογεσ').text} ${normalise('ψηφιστε').text}`);
    expect(pieces('Ἐκ')).toEqual([['e', 'Ἐ'], ['k', 'κ']]);
  });

  it('folds Nordic and Baltic letters (æ to two letters from one)', () => {
    expect(normalise('Þjóð ævi søk ķēķis ūdens ėjo').text).toBe('thjod aevi sok kekis udens ejo');
    expect(pieces('æv')).toEqual([['a', 'æ'], ['e', 'æ'], ['v', 'v']]);
  });

  it('keeps Macedonian and Serbian Cyrillic letters apart from Latin ones', () => {
    expect(normalise('ѓорѓи ќе љубов џамија ђак ћерка').text).toBe('гopги ke љyбob џamиja ђak ћepka');
  });
});
