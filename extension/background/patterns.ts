/**
 * The detector's patterns for content scripts, per selection (the user's
 * countries' languages and actors, plus the UI language and English; see
 * src/detect/selection.ts): compiled and packed here, in the background, and
 * cached by the selection's key, so each tab receives only what it needs and
 * only when that changes.
 */
import { LEXICON_LANGUAGES, packPatterns, patternsFor } from '../../src/detect/classify.ts';
import { type Selection, selectionFor } from '../../src/detect/selection.ts';

/** A user rarely switches between more selections than this. */
const KEEP = 4;

export class PatternCache {
  private readonly packed = new Map<string, string>();

  selection(countries: readonly string[], uiLanguage: string | undefined): Selection {
    return selectionFor(countries, uiLanguage, LEXICON_LANGUAGES);
  }

  /** The packed patterns of a selection, compiled on first use. */
  patterns(selection: Selection): string {
    let packed = this.packed.get(selection.key);
    if (packed === undefined) {
      packed = packPatterns(patternsFor(selection));
      if (this.packed.size >= KEEP) this.packed.delete(this.packed.keys().next().value as string);
    } else {
      this.packed.delete(selection.key);
    }
    this.packed.set(selection.key, packed);
    return packed;
  }
}
