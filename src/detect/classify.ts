/**
 * The detector with the bundled lexicons and actor files, for Node
 * (command-line tools, evaluation, tests) and the background, which packs
 * the patterns of each user's selection for content scripts. The content
 * script itself uses detector.ts only.
 */
import { loadActors } from '../data/actors.ts';
import { compilePatterns } from './compile.ts';
import { type Classification, Detector } from './detector.ts';
import { LEXICONS } from './lexicons/index.ts';
import type { Pattern } from './matcher.ts';
import type { Selection } from './selection.ts';
import type { Tag } from './tags.ts';

export * from './detector.ts';
export { compilePatterns } from './compile.ts';

/** Languages that have a lexicon. */
export const LEXICON_LANGUAGES: ReadonlySet<string> = new Set(Object.keys(LEXICONS));

/** The patterns of a selection: its languages' lexicons and its countries' actors. */
export function patternsFor(selection: Selection): Pattern<Tag>[] {
  const lexicons = Object.fromEntries(selection.languages.flatMap((language) => (LEXICONS[language] === undefined ? [] : [[language, LEXICONS[language]]])));
  const countries = new Set(selection.countries);
  return compilePatterns(
    lexicons,
    loadActors().filter((file) => countries.has(file.country)),
  );
}

/** Every language and every country: what Node tools and the evaluation use. */
export function bundledPatterns(): Pattern<Tag>[] {
  return compilePatterns(LEXICONS, loadActors());
}

let bundled: Detector | undefined;

/** Built on first use. */
export function defaultDetector(): Detector {
  bundled ??= new Detector(bundledPatterns());
  return bundled;
}

export function classify(text: string): Classification {
  return defaultDetector().classify(text);
}
