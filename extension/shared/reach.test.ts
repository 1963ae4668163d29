import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reachLine } from './reach.ts';
import { type Messages, speakerFrom } from './speaker.ts';

const messages = (language: string): Messages => JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
const en = speakerFrom(messages('en'));
const fr = speakerFrom(messages('fr'), messages('en'));

describe('the card line saying how far a rule reaches', () => {
  it('says nothing for a law that binds everyone', () => {
    expect(reachLine(en, 'law', ['everyone'])).toBeUndefined();
  });

  it('says guidance is not law', () => {
    expect(reachLine(en, 'guidance', ['media'])).toBe('Guidance, not law: a recommendation with no legal penalty.');
    expect(reachLine(fr, 'guidance', ['media'])).toBe('Recommandation, pas une loi : aucune sanction légale.');
  });

  it('names whom a limited law binds, as a list in the UI language', () => {
    expect(reachLine(en, 'limited', ['media'])).toBe("This law binds the media; it may not cover a private person's post.");
    expect(reachLine(en, 'limited', ['media', 'parties', 'pollsters'])).toBe(
      "This law binds the media, parties and candidates, and pollsters; it may not cover a private person's post.",
    );
    expect(reachLine(fr, 'limited', ['parties', 'media'])).toBe(
      "Cette loi vise les partis et les candidats et les médias ; elle ne couvre peut-être pas la publication d'un particulier.",
    );
  });
});
