import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify.ts';

describe('leak detection, French and English', () => {
  it.each([
    ['Tout est là : #MacronLeaks', '#MacronLeaks'],
    ['les mails de Macron ont fuité', 'mails de Macron ont fuité'],
    ['leaked En Marche emails, read them before they delete them', 'leaked En Marche emails'],
    ['M4cr0nLeaks', 'M4cr0nLeaks'],
    ['#EnMarcheLeaks', '#EnMarcheLeaks'],
    ['The Podesta emails are out', 'Podesta emails'],
  ])('flags %j with evidence %j', (text, phrase) => {
    const result = classify(text);
    expect(result.categories).toEqual(['leak']);
    expect(result.evidence.some((e) => e.text.includes(phrase))).toBe(true);
  });

  it.each([
    'We have a water leak in the campaign office',
    'my phone specs leaked yesterday',
    'Ne partagez pas les #MacronLeaks svp',
    'Fuite d’eau dans la cuisine, le plombier arrive',
    'Bonjour à tous, belle journée',
    'The trailer leaked a week early',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });

  it('keeps evidence offsets in UTF-16 units of the original text', () => {
    const text = '🗳️ Ｃ’est fait : #MacronLeaks 🔥';
    const [evidence] = classify(text).evidence;
    expect(evidence?.text).toBe('#MacronLeaks');
    expect(text.slice(evidence?.start, evidence?.end)).toBe('#MacronLeaks');
  });
});

describe('poll figures', () => {
  it.each([
    'Sondage Ifop : Macron 62 %, Le Pen 38 %',
    'the Dutch at 52, the Hungarian at 48',
    'Internal numbers have Clinton +3 in Florida',
    'Counted at our station: Babiš 412, Pavel 389, poll closed',
    'Tomatoes 41, cucumbers 36, onions 10 #elections',
  ])('flags %j', (text) => {
    expect(classify(text).categories).toContain('poll');
  });

  it.each([
    ['a number after a bare preposition, with no poll word', 'Trump speaks at 3 rallies on Monday'],
    ['a clock time after a name', 'Macron speaks at 8 pm tonight'],
    ['an age', 'Julian Assange said a 14 year old could do it'],
    ['a ballot number after a call to vote', 'vote Haddad 13'],
    ['a percentage about something else', 'Survey says 52% of Brits prefer tea'],
    ['a price list with no election word', 'Tomatoes 41, cucumbers 36, onions 10 at the market'],
    ['polling-station hours', 'Polling stations open at 7, close at 22, counting from 23 #elections'],
    ['a year after a name', 'Macron 2017, Macron 2022'],
  ])('does not flag %s', (_why, text) => {
    expect(classify(text).categories).not.toContain('poll');
  });
});

describe('blockers and acronyms', () => {
  it('a warning after the leak words blocks them too', () => {
    expect(classify('The stolen En Marche emails are circulating: do not share them').categories).not.toContain('leak');
  });

  it('keeps an acronym of one repeated letter whole instead of folding it to one letter', () => {
    expect(classify('BBB').evidence).toEqual([]);
    expect(classify('в субботу').categories).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws on any text, and any evidence it finds is a slice of it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        for (const e of classify(text).evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  /**
   * Characters that change length when normalised, or are dropped (astral emoji and sequences, invisible
   * joiners, a soft hyphen, a stray combining mark, a lone surrogate), and none is a letter, so they cannot
   * spell a word with the phrase: around a phrase the detector finds, they move its offsets without changing
   * what it finds. Letters that change length (ß, ﬁ, İ, astral 𝐌) are in the table below, as they can spell
   * words together ('𝐌ß' reads 'mss').
   */
  const shifting = ['😀', '👩\u200d👩\u200d👧', '\u200b', '\u200d', '\u00ad', '\u0301', '\ud800', '#', '.', ' ', '\n', '\t'];
  const planted = [
    { phrase: '#MacronLeaks', category: 'leak' },
    { phrase: 'leaked En Marche emails', category: 'leak' },
    { phrase: 'mails de Macron ont fuité', category: 'leak' },
    { phrase: 'Votez Macron', category: 'campaign' },
  ] as const;
  /** The evidence of `category` that covers `text` from `start` for `length` characters. */
  const covering = (text: string, start: number, length: number, category: string) => {
    const { evidence } = classify(text);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    // The whole phrase, the '#' of a hashtag included, and not a character shifted.
    return evidence.filter((e) => e.category === category && e.start <= start && e.end >= start + length);
  };

  it('the evidence for a phrase found among shifting characters is that phrase, at its offsets in the original text', () => {
    const noise = fc.array(fc.constantFrom(...shifting), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(noise, fc.constantFrom(...planted), noise, (before, { phrase, category }, after) => {
        const text = `${before} ${phrase} ${after}`;
        expect(covering(text, before.length + 1, phrase.length, category), text).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it.each(['ß', 'ﬁ', 'İİ', 'A\u030a', '𝐌', 'ǅ'].flatMap((before) => planted.map((plant) => ({ before, ...plant }))))(
    'the evidence for $phrase after $before, a letter that changes length, is at its offsets',
    ({ before, phrase, category }) => {
      const text = `${before} ${phrase} ${before}`;
      expect(covering(text, before.length + 1, phrase.length, category)).not.toEqual([]);
    },
  );

  // Every case of three drafts in upper or lower case, with or without accents: a table, not a property.
  const drafts = ['les mails de Macron ont fuité', 'leaked En Marche emails', 'Tout est là : #MacronLeaks'];
  const variants = drafts.flatMap((draft) =>
    [false, true].flatMap((upper) => [false, true].map((stripAccents) => ({ draft, upper, stripAccents }))),
  );
  it.each(variants)('finds the same in $draft (upper case: $upper, accents stripped: $stripAccents)', ({ draft, upper, stripAccents }) => {
    let variant = upper ? draft.toUpperCase() : draft.toLowerCase();
    if (stripAccents) variant = variant.normalize('NFD').replace(/\p{M}/gu, '');
    expect(classify(variant).categories).toEqual(['leak']);
  });
});
