/**
 * The detector with the bundled lexicons, for Node (command-line tools,
 * evaluation, tests) and the background, which packs its patterns for
 * content scripts. The content script itself uses detector.ts only.
 */
import { compilePatterns } from './compile.ts';
import { type Classification, Detector } from './detector.ts';
import { LEXICONS } from './lexicons/index.ts';

export * from './detector.ts';
export { compilePatterns } from './compile.ts';

let bundled: Detector | undefined;

export function bundledPatterns() {
  return compilePatterns(LEXICONS);
}

/** Built on first use. */
export function defaultDetector(): Detector {
  bundled ??= new Detector(bundledPatterns());
  return bundled;
}

export function classify(text: string): Classification {
  return defaultDetector().classify(text);
}
