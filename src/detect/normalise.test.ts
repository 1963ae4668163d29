import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.ts';

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
