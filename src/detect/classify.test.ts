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
  it('never throws, and every evidence span is a slice of the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        const { evidence } = classify(`${text} #MacronLeaks ${text}`);
        for (const e of evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length * 2 + 14);
          expect(e.start).toBeLessThan(e.end);
        }
        for (const e of classify(text).evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
    // 600 classifications take about a second alone, several on a machine busy with other test runs.
  }, 30_000);

  it('is stable under case and accent changes', () => {
    const drafts = ['les mails de Macron ont fuité', 'leaked En Marche emails', 'Tout est là : #MacronLeaks'];
    fc.assert(
      fc.property(fc.constantFrom(...drafts), fc.boolean(), fc.boolean(), (draft, upper, stripAccents) => {
        let variant = upper ? draft.toUpperCase() : draft.toLowerCase();
        if (stripAccents) variant = variant.normalize('NFD').replace(/\p{M}/gu, '');
        expect(classify(variant).categories).toEqual(classify(draft).categories);
      }),
    );
  });
});
